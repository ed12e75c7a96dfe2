import type { Db } from '../../db/connection';
import type { ListName } from '../../shared/contract/bulkChannels';
import type { CaseListRow } from '../../shared/domain/case';
import type { ContactMomentListRow } from '../../shared/domain/contactMoment';
import type { ContactPersonListRow } from '../../shared/domain/contactPerson';
import type { FollowUpActionListRow } from '../../shared/domain/followUpAction';
import type { OrganisationListRow } from '../../shared/domain/organisation';
import type { SignalListRow } from '../../shared/domain/signal';
import { translate } from '../../shared/i18n';
import { referenceData } from './reference';

/**
 * One exported cell. Dates stay ISO here (the writers format them dd-mm-jjjj,
 * XLSX as real dates); text is already in Dutch words, never codes.
 */
export type ExportCell =
  | { type: 'text'; value: string }
  | { type: 'number'; value: number }
  | { type: 'date'; value: string | null }
  | { type: 'dateTime'; value: string | null };

export interface ExportColumn<Row> {
  /** The id of the list's column in the renderer, so "only the visible columns" can be asked for by id. */
  id: string;
  /** Header as an i18n key: the same words the list shows above the column. */
  header: string;
  cell: (row: Row, labels: Labels) => ExportCell;
}

/** Dutch labels for codes: enums from the i18n table, themes and municipalities from the case file. */
export interface Labels {
  enumLabel(group: string, code: string | null): string;
  themes(codes: readonly string[]): string;
  municipalities(codesOrNames: readonly string[]): string;
}

export function dutchLabels(db: Db): Labels {
  const reference = referenceData(db);
  const themes = new Map(reference.themes.map((theme) => [theme.code, theme.nl]));
  const municipalities = new Map(reference.municipalities.map((municipality) => [municipality.code, municipality.name]));
  // Looked up once per code, not once per cell: a list of 100,000 rows has a handful of distinct codes.
  const enumLabels = new Map<string, string>();
  const enumLabel = (group: string, code: string): string => {
    const key = `enums.${group}.${code}`;
    let label = enumLabels.get(key);
    if (label === undefined) {
      label = translate('nl', key);
      enumLabels.set(key, label);
    }
    return label;
  };
  return {
    enumLabel: (group, code) => (code === null ? '' : enumLabel(group, code)),
    themes: (codes) => codes.map((code) => themes.get(code) ?? code).join(', '),
    // Some lists carry codes (cases), others names already (signals): a name maps to itself.
    municipalities: (values) => values.map((value) => municipalities.get(value) ?? value).join(', '),
  };
}

const text = (value: string | null | undefined): ExportCell => ({ type: 'text', value: value ?? '' });
const date = (value: string | null): ExportCell => ({ type: 'date', value });
const dateTime = (value: string | null): ExportCell => ({ type: 'dateTime', value });
const number = (value: number): ExportCell => ({ type: 'number', value });

const signalColumns: ExportColumn<SignalListRow>[] = [
  { id: 'number', header: 'signal.number', cell: (row) => text(row.number) },
  { id: 'title', header: 'signal.title', cell: (row) => text(row.title) },
  { id: 'receivedOn', header: 'signal.receivedOn', cell: (row) => date(row.receivedOn) },
  { id: 'observedOn', header: 'signal.observedOn', cell: (row) => date(row.observedOn) },
  { id: 'urgency', header: 'signal.urgency', cell: (row, l) => text(l.enumLabel('urgency', row.urgency)) },
  { id: 'status', header: 'signal.status', cell: (row, l) => text(l.enumLabel('signalStatus', row.status)) },
  { id: 'phase', header: 'signal.phase', cell: (row, l) => text(l.enumLabel('phase', row.phase)) },
  { id: 'themes', header: 'signal.themes', cell: (row, l) => text(l.themes(row.themes)) },
  {
    id: 'municipalities',
    header: 'signal.municipalities',
    cell: (row, l) => text([...(row.isNational ? [translate('nl', 'signal.national')] : []), l.municipalities(row.municipalities)].filter(Boolean).join(', ')),
  },
  { id: 'caseNumber', header: 'signal.case', cell: (row) => text(row.caseNumber) },
  { id: 'ownerName', header: 'signal.owner', cell: (row) => text(row.ownerName) },
  { id: 'classification', header: 'signal.classification', cell: (row, l) => text(l.enumLabel('classification', row.classification)) },
  { id: 'updatedAt', header: 'signal.updatedAt', cell: (row) => dateTime(row.updatedAt) },
];

const actionColumns: ExportColumn<FollowUpActionListRow>[] = [
  { id: 'number', header: 'action.number', cell: (row) => text(row.number) },
  { id: 'description', header: 'action.description', cell: (row) => text(row.description) },
  { id: 'kind', header: 'action.kind', cell: (row, l) => text(l.enumLabel('actionKind', row.kind)) },
  { id: 'status', header: 'action.status', cell: (row, l) => text(l.enumLabel('actionStatus', row.status)) },
  { id: 'dueOn', header: 'action.dueOn', cell: (row) => date(row.dueOn) },
  { id: 'ownerName', header: 'action.owner', cell: (row) => text(row.ownerName) },
  { id: 'linkedTo', header: 'action.linkedTo', cell: (row) => text(row.linkedTo) },
  { id: 'updatedAt', header: 'action.updatedAt', cell: (row) => dateTime(row.updatedAt) },
];

const caseColumns: ExportColumn<CaseListRow>[] = [
  { id: 'number', header: 'case.number', cell: (row) => text(row.number) },
  { id: 'title', header: 'case.title', cell: (row) => text(row.title) },
  { id: 'type', header: 'case.type', cell: (row, l) => text(l.enumLabel('caseType', row.type)) },
  { id: 'status', header: 'case.status', cell: (row, l) => text(l.enumLabel('caseStatus', row.status)) },
  { id: 'startOn', header: 'case.startOn', cell: (row) => date(row.startOn) },
  { id: 'endOn', header: 'case.endOn', cell: (row) => date(row.endOn) },
  { id: 'themes', header: 'case.themes', cell: (row, l) => text(l.themes(row.themes)) },
  { id: 'municipalities', header: 'case.municipalities', cell: (row, l) => text(l.municipalities(row.municipalities)) },
  { id: 'ownerName', header: 'case.owner', cell: (row) => text(row.ownerName) },
  { id: 'signalCount', header: 'case.signalCount', cell: (row) => number(row.signalCount) },
  { id: 'classification', header: 'case.classification', cell: (row, l) => text(l.enumLabel('classification', row.classification)) },
  { id: 'updatedAt', header: 'case.updatedAt', cell: (row) => dateTime(row.updatedAt) },
];

const contactMomentColumns: ExportColumn<ContactMomentListRow>[] = [
  { id: 'number', header: 'contactMoment.number', cell: (row) => text(row.number) },
  { id: 'heldOn', header: 'contactMoment.heldOn', cell: (row) => date(row.heldOn) },
  { id: 'form', header: 'contactMoment.form', cell: (row, l) => text(l.enumLabel('contactForm', row.form)) },
  { id: 'subject', header: 'contactMoment.subject', cell: (row) => text(row.subject) },
  { id: 'municipalities', header: 'contactMoment.municipalities', cell: (row) => text(row.municipalityNames.join(', ')) },
  { id: 'organisations', header: 'contactMoment.organisations', cell: (row) => text(row.organisationNames.join(', ')) },
  { id: 'themes', header: 'contactMoment.themes', cell: (row, l) => text(l.themes(row.themes)) },
  { id: 'classification', header: 'contactMoment.classification', cell: (row, l) => text(l.enumLabel('classification', row.classification)) },
  { id: 'updatedAt', header: 'contactMoment.updatedAt', cell: (row) => dateTime(row.updatedAt) },
];

const organisationColumns: ExportColumn<OrganisationListRow>[] = [
  { id: 'name', header: 'organisation.name', cell: (row) => text(row.name) },
  { id: 'type', header: 'organisation.type', cell: (row, l) => text(l.enumLabel('organisationType', row.type)) },
  { id: 'municipalities', header: 'organisation.municipalities', cell: (row) => text(row.municipalityNames.join(', ')) },
  { id: 'personCount', header: 'organisation.personCount', cell: (row) => number(row.personCount) },
  { id: 'lastContactOn', header: 'organisation.lastContactOn', cell: (row) => date(row.lastContactOn) },
  { id: 'updatedAt', header: 'organisation.updatedAt', cell: (row) => dateTime(row.updatedAt) },
];

/** Personal data: only what the list shows (no contact details), and only the columns the adviser has visible. */
const contactPersonColumns: ExportColumn<ContactPersonListRow>[] = [
  { id: 'name', header: 'contactPerson.name', cell: (row) => text(row.name) },
  { id: 'function', header: 'contactPerson.function', cell: (row) => text(row.function) },
  { id: 'role', header: 'contactPerson.role', cell: (row, l) => text(l.enumLabel('contactRole', row.role)) },
  { id: 'organisationName', header: 'contactPerson.organisationName', cell: (row) => text(row.organisationName) },
  { id: 'lastContactOn', header: 'contactPerson.lastContactOn', cell: (row) => date(row.lastContactOn) },
  { id: 'reviewOn', header: 'contactPerson.reviewOn', cell: (row) => date(row.reviewOn) },
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each list's rows meet only their own columns (see listExport)
export const EXPORT_COLUMNS: Record<ListName, ExportColumn<any>[]> = {
  signals: signalColumns,
  actions: actionColumns,
  cases: caseColumns,
  contactMoments: contactMomentColumns,
  organisations: organisationColumns,
  contactPersons: contactPersonColumns,
};

/** The list's columns in their order, narrowed to the visible ones when the renderer names them. */
export function exportColumns<Row>(list: ListName, visible?: readonly string[]): ExportColumn<Row>[] {
  const all = EXPORT_COLUMNS[list] as ExportColumn<Row>[];
  if (!visible || visible.length === 0) return all;
  const chosen = all.filter((column) => visible.includes(column.id));
  return chosen.length > 0 ? chosen : all;
}
