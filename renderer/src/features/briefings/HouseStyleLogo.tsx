import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LOGO_MAX_BYTES, LOGO_MIMES, type HouseStyleInput } from '../../../../shared/domain/briefing';

type Logo = NonNullable<HouseStyleInput['logo']>;
import { Field } from '../../components/Field';
import { useMessage } from './briefingQueries';

type LogoMime = (typeof LOGO_MIMES)[number];
const isLogoMime = (type: string): type is LogoMime => (LOGO_MIMES as readonly string[]).includes(type);

/** A file's bytes as base64, read in the renderer: the file's path never leaves it. */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
}

interface HouseStyleLogoProps {
  value: Logo | null;
  onChange: (logo: Logo | null) => void;
  /** The schema's or the service's message for the logo. */
  error?: string;
  widthError?: string;
}

/** Upload (PNG or JPEG, size-capped as the schema), preview with alt text, width, remove. */
export function HouseStyleLogo({ value, onChange, error, widthError }: HouseStyleLogoProps) {
  const { t } = useTranslation();
  const message = useMessage();
  const inputId = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (!isLogoMime(file.type)) return setProblem('briefing.validation.logoType');
    if (file.size > LOGO_MAX_BYTES) return setProblem('briefing.validation.logoTooLarge');
    try {
      const base64 = await readBase64(file);
      setProblem(null);
      onChange({ mime: file.type, base64, widthMm: value?.widthMm ?? 40 });
    } catch {
      setProblem('briefing.validation.logoUnreadable');
    }
  };
  const shown = message(problem ?? undefined) ?? error;
  return (
    <fieldset className="fieldset">
      <legend>{t('houseStyle.logo')}</legend>
      <p id={`${inputId}-hint`} className="field__hint">
        {t('houseStyle.logoHint')}
      </p>
      <div className="house-style__logo">
        {value ? <img src={`data:${value.mime};base64,${value.base64}`} alt={t('houseStyle.logoAlt')} /> : <p className="muted">{t('houseStyle.noLogo')}</p>}
        <div>
          <div className={`field${shown ? ' field--invalid' : ''}`}>
            <label htmlFor={inputId}>{t('houseStyle.logoFile')}</label>
            <input
              id={inputId}
              type="file"
              accept="image/png,image/jpeg"
              aria-describedby={`${inputId}-hint${shown ? ` ${inputId}-error` : ''}`}
              aria-invalid={shown ? true : undefined}
              onChange={(event) => void choose(event)}
            />
            {shown && (
              <p id={`${inputId}-error`} className="field__error">
                {shown}
              </p>
            )}
          </div>
          {value && (
            <>
              <Field
                label={t('houseStyle.logoWidth')}
                type="number"
                inputMode="numeric"
                min={10}
                max={80}
                className="input--short"
                value={value.widthMm ?? 40}
                error={widthError}
                onChange={(event) => onChange({ ...value, widthMm: Number(event.target.value) })}
              />
              <button type="button" className="button button--small button--quiet" onClick={() => onChange(null)}>
                {t('houseStyle.removeLogo')}
              </button>
            </>
          )}
        </div>
      </div>
    </fieldset>
  );
}
