import { useMemo, type Ref, type SelectHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { COUNTRIES } from '../../../../shared/domain/countries';
import { SelectField } from '../../components/SelectField';

interface CountrySelectProps extends SelectHTMLAttributes<HTMLSelectElement> {
  label: string;
  error?: string;
  hint?: string;
  ref?: Ref<HTMLSelectElement>;
}

/**
 * A country from the ISO list, by its name in the app's language, sorted as
 * readers expect; a native select, so typing the first letters finds it.
 */
export function CountrySelect({ label, error, hint, ref, ...select }: CountrySelectProps) {
  const { t, i18n } = useTranslation();
  const english = i18n.language.startsWith('en');
  const options = useMemo(() => {
    const collator = new Intl.Collator(english ? 'en-GB' : 'nl-NL');
    return COUNTRIES.map((country) => ({ code: country.code, name: english ? country.en : country.nl })).sort((a, b) =>
      collator.compare(a.name, b.name),
    );
  }, [english]);
  return (
    <SelectField label={label} error={error} hint={hint} ref={ref} {...select}>
      <option value="">{t('common.choose')}</option>
      {options.map((country) => (
        <option key={country.code} value={country.code}>
          {country.name} ({country.code})
        </option>
      ))}
    </SelectField>
  );
}
