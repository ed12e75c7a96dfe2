import { CheckboxGroup } from './CheckboxGroup';

interface EnumCheckboxesProps<T extends string> {
  legend: string;
  codes: readonly T[];
  label: (code: T) => string;
  value: T[];
  onChange: (value: T[]) => void;
}

/** A checkbox group over a fixed code list (statuses, urgencies) with translated labels. */
export function EnumCheckboxes<T extends string>({ legend, codes, label, value, onChange }: EnumCheckboxesProps<T>) {
  return (
    <CheckboxGroup
      legend={legend}
      options={codes.map((code) => ({ value: code, label: label(code) }))}
      value={value}
      onChange={(chosen) => onChange(chosen as T[])}
    />
  );
}
