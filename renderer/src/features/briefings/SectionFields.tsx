import type { ReactNode } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { BriefingPreviewView } from '../../../../shared/contract/briefingChannels';
import type { BriefingSection } from '../../../../shared/domain/briefing';
import { Field } from '../../components/Field';
import { TextAreaField } from '../../components/TextAreaField';
import type { BriefingFormValues } from './briefingFormValues';
import { useMessage } from './briefingQueries';
import { ContactsAndActions, CountTable } from './RecordTables';

type Suggested = keyof BriefingPreviewView['suggestions'];
const SUGGESTED: readonly string[] = ['kernpunten', 'toelichting', 'contactenEnActies'] satisfies Suggested[];

const ROWS: Partial<Record<BriefingSection, number>> = { kernpunten: 5, toelichting: 8, bijlagen: 3 };

interface SectionProps {
  name: BriefingSection;
  preview: BriefingPreviewView | undefined;
  hint?: string;
}

/** One free-text section; an empty one that the selection can fill offers its suggestion. */
function Section({ name, preview, hint }: SectionProps) {
  const { t } = useTranslation();
  const message = useMessage();
  const { register, control, formState, setValue, setFocus } = useFormContext<BriefingFormValues>();
  const value = useWatch({ control, name: `sections.${name}` });
  const suggestion = SUGGESTED.includes(name) ? (preview?.suggestions[name as Suggested] ?? '') : '';
  const label = t(`briefing.${name}`);
  const error = message(formState.errors.sections?.[name]?.message);
  return (
    <div className="briefing-section">
      {name === 'wooGrond' ? (
        <Field label={label} hint={hint} maxLength={500} error={error} {...register(`sections.${name}`)} />
      ) : (
        <TextAreaField label={label} hint={hint} rows={ROWS[name] ?? 4} error={error} {...register(`sections.${name}`)} />
      )}
      {suggestion !== '' && value.trim() === '' && (
        <button
          type="button"
          className="button button--small briefing-section__suggest"
          aria-label={t('briefings.suggestLabel', { section: label })}
          onClick={() => {
            setValue(`sections.${name}`, suggestion, { shouldDirty: true });
            setFocus(`sections.${name}`);
          }}
        >
          {t('briefings.suggest')}
        </button>
      )}
    </div>
  );
}

function ReadOnlyPart({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <section className="briefing-data" aria-label={heading}>
      <h3>{heading}</h3>
      {children}
    </section>
  );
}

/** The text of the note in the document's order, with the parts that come from the selection shown read-only where they appear. */
export function SectionFields({ preview }: { preview: BriefingPreviewView | undefined }) {
  const { t } = useTranslation();
  const { control } = useFormContext<BriefingFormValues>();
  const kind = useWatch({ control, name: 'kind' });
  const model = preview?.model;
  const counts = model && (
    <div className="briefing-counts">
      <CountTable caption={t('briefings.byTheme')} column={t('briefings.column.theme')} lines={model.counts.byTheme} />
      <CountTable caption={t('briefings.byProvince')} column={t('briefings.column.province')} lines={model.counts.byProvince} />
      {kind === 'signaleringsoverzicht' && <CountTable caption={t('briefings.byWeek')} column={t('briefings.column.week')} lines={model.counts.byWeek} />}
    </div>
  );
  const contacts = model && (
    <ReadOnlyPart heading={t('briefings.contactsHeading')}>
      <ContactsAndActions model={model} />
    </ReadOnlyPart>
  );

  return (
    <section className="card" aria-labelledby="briefing-text">
      <h2 id="briefing-text">{t('briefings.textHeading')}</h2>
      <p className="lead">{t('briefings.textIntro')}</p>
      {kind === 'signaleringsoverzicht' ? (
        <>
          <Section name="kernpunten" preview={preview} hint={t('briefings.kernpuntenOverviewHint')} />
          {model && (
            <ReadOnlyPart heading={t('briefings.countsHeading')}>
              <p>{model.summary}</p>
              {counts}
            </ReadOnlyPart>
          )}
          {contacts}
          <Section name="toelichting" preview={preview} />
          <Section name="vervolgAdvies" preview={preview} />
        </>
      ) : (
        <>
          <Section name="aanleiding" preview={preview} />
          {kind === 'beslisnota' && <Section name="geadviseerdBesluit" preview={preview} />}
          <Section name="kernpunten" preview={preview} />
          {model && (
            <ReadOnlyPart heading={t('briefings.beeldHeading')}>
              <p>{model.summary}</p>
              {counts}
            </ReadOnlyPart>
          )}
          <Section name="toelichting" preview={preview} />
          <Section name="contactenEnActies" preview={preview} />
          {contacts}
          <Section name="vervolgAdvies" preview={preview} />
          <Section name="afstemming" preview={preview} />
        </>
      )}
      <Section name="nietOpenbaar" preview={preview} />
      <Section name="wooGrond" preview={preview} hint={t('briefings.wooGrondHint')} />
      <Section name="bijlagen" preview={preview} hint={t('briefings.bijlagenHint')} />
    </section>
  );
}
