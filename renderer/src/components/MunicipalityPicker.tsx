import { useMemo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { MunicipalityRef } from '../../../shared/domain/history';
import { findMunicipalities } from '../../../shared/domain/municipalitySearch';
import type { PickerItem } from './picker/pickerItems';
import { RecordPicker } from './picker/RecordPicker';

interface MunicipalityPickerProps {
  label: string;
  municipalities: MunicipalityRef[];
  value: string[];
  onChange: (codes: string[]) => void;
  onBlur?: () => void;
  error?: string;
  hint?: string;
  id?: string;
  disabled?: boolean;
  /** The text box, e.g. for react-hook-form to focus it when the field is invalid. */
  ref?: Ref<HTMLInputElement>;
}

const MAX_SUGGESTIONS = 8;

/**
 * Several municipalities from the register, found the way people type them:
 * "den bosch", "Sudwest Fryslan", and Den Haag or Weesp with a note saying
 * which municipality they are (part of) officially.
 */
export function MunicipalityPicker({ municipalities, ...props }: MunicipalityPickerProps) {
  const { t } = useTranslation();
  const source = useMemo(() => {
    const find = (text: string): PickerItem[] =>
      findMunicipalities(municipalities, text, MAX_SUGGESTIONS).map(({ municipality, note }) => ({
        id: municipality.code,
        label: municipality.name,
        detail: municipality.provinceName,
        note: note && t(`pickers.note.${note.kind}`, { ...note, name: municipality.name }),
      }));
    return { find };
  }, [municipalities, t]);
  const byCode = useMemo(() => new Map(municipalities.map((m) => [m.code, m.name])), [municipalities]);
  return <RecordPicker kind="municipality" source={source} labelOf={(code) => byCode.get(code)} {...props} />;
}
