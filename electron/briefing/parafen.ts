import type { Table } from 'docx';
import { dataTable } from './tables';
import { DOCUMENT_TEXT } from '../../shared/domain/briefingText';

const C = DOCUMENT_TEXT.column;

/** The initials block at the end of a nota: who drafted it and who agreed, with room to initial and date. */
export function parafenblok(draftedBy: string): Table {
  return dataTable(
    [
      { title: C.role, share: 30 },
      { title: C.name, share: 34 },
      { title: C.initials, share: 18 },
      { title: C.date, share: 18 },
    ],
    DOCUMENT_TEXT.parafenRoles.map((role, index) => [role, index === 0 ? draftedBy : '', '', '']),
  );
}
