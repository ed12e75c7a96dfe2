import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { BriefingPreviewView } from '../../../../shared/contract/briefingChannels';
import type { ReferenceData } from '../../../../shared/domain/history';
import { useReferenceLabel } from '../../api/domain';
import { Alert } from '../../components/Alert';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { Field } from '../../components/Field';
import { MunicipalityPicker } from '../../components/MunicipalityPicker';
import type { BriefingFormValues } from './briefingFormValues';
import { useMessage } from './briefingQueries';
import { PickedCases, PickedSignals } from './PickedRecords';
import { OmittedSignals } from './BriefingDocumentView';
import { CaseLinesTable, SignalLinesTable } from './RecordTables';

interface SelectionFieldsProps {
  reference: ReferenceData;
  preview: BriefingPreviewView | undefined;
  /** Why the latest draft could not be previewed (the preview shown is older). */
  previewIssues: string[];
  counting: boolean;
}

/** What the note is built from: a filter (period, themes, places, cases) plus signals picked by hand, and what that includes. */
export function SelectionFields({ reference, preview, previewIssues, counting }: SelectionFieldsProps) {
  const { t } = useTranslation();
  const message = useMessage();
  const label = useReferenceLabel();
  const { register, control, formState } = useFormContext<BriefingFormValues>();
  const errors = formState.errors.selection;
  const records = preview?.records;
  return (
    <section className="card" aria-labelledby="briefing-selection">
      <h2 id="briefing-selection">{t('briefings.selectionHeading')}</h2>
      <p className="lead">{t('briefings.selectionIntro')}</p>
      <fieldset className="fieldset">
        <legend>{t('briefings.filterLegend')}</legend>
        <div className="row">
          <Field
            label={t('briefing.selectionField.from')}
            type="date"
            className="input--date"
            hint={t('briefings.periodHint')}
            error={message(errors?.from?.message)}
            {...register('selection.from', { deps: ['selection.to'] })}
          />
          <Field
            label={t('briefing.selectionField.to')}
            type="date"
            className="input--date"
            error={message(errors?.to?.message)}
            {...register('selection.to')}
          />
        </div>
        <Controller
          control={control}
          name="selection.themes"
          render={({ field, fieldState }) => (
            <CheckboxGroup
              legend={t('briefing.selectionField.themes')}
              columns
              options={reference.themes
                .filter((theme) => theme.active || field.value.includes(theme.code))
                .map((theme) => ({ value: theme.code, label: label(reference.themes, theme.code) }))}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              ref={field.ref}
              error={message(fieldState.error?.message)}
            />
          )}
        />
        <Controller
          control={control}
          name="selection.municipalities"
          render={({ field, fieldState }) => (
            <MunicipalityPicker
              label={t('briefing.selectionField.municipalities')}
              municipalities={reference.municipalities}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              ref={field.ref}
              error={message(fieldState.error?.message)}
            />
          )}
        />
        <Controller
          control={control}
          name="selection.caseIds"
          render={({ field, fieldState }) => <PickedCases ids={field.value} onChange={field.onChange} error={message(fieldState.error?.message)} />}
        />
      </fieldset>
      <Controller
        control={control}
        name="selection.signalIds"
        render={({ field, fieldState }) => <PickedSignals ids={field.value} onChange={field.onChange} error={message(fieldState.error?.message)} />}
      />
      <label className="checkbox checkbox--field briefing-personal">
        <input type="checkbox" aria-describedby="briefing-personal-hint" {...register('includePersonalData')} />
        <span>{t('briefing.includePersonalData')}</span>
      </label>
      <p id="briefing-personal-hint" className="field__hint briefing-personal__hint">
        {t('briefing.includePersonalDataHint')}
      </p>
      {previewIssues.length > 0 && (
        <Alert kind="warning">
          {t('briefings.previewStale')}
          <ul className="alert__list">
            {previewIssues.map((issue) => (
              <li key={issue}>{issue}</li>
            ))}
          </ul>
        </Alert>
      )}
      <p className="briefing-included" role="status" aria-live="polite">
        {records
          ? t('briefings.included', {
              signals: t('briefings.includedSignals', { count: records.signals.length }),
              cases: t('briefings.includedCases', { count: records.cases.length }),
              moments: t('briefings.includedMoments', { count: records.contactMoments.length }),
              actions: t('briefings.includedActions', { count: records.actions.length }),
            })
          : counting
            ? t('briefings.counting')
            : ''}
      </p>
      {preview && (
        <>
          <SignalLinesTable model={preview.model} caption={t('briefings.signalsInNote')} />
          <OmittedSignals count={preview.model.omittedSignals} />
          <CaseLinesTable model={preview.model} caption={t('briefings.casesCaption')} />
        </>
      )}
    </section>
  );
}
