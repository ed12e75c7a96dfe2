import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { BriefingPreviewView } from '../../../../shared/contract/briefingChannels';
import { BRIEFING_CHARTS, isLowerClassification } from '../../../../shared/domain/briefing';
import { CLASSIFICATIONS } from '../../../../shared/domain/enums';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import type { BriefingFormValues } from './briefingFormValues';
import { useMessage } from './briefingQueries';
import '../../styles/mapNote.css';

/**
 * The classification follows the highest level of the included records; a
 * lower one asks for a reason, which the service logs with the note.
 */
export function OptionsFields({ preview }: { preview: BriefingPreviewView | undefined }) {
  const { t } = useTranslation();
  const message = useMessage();
  const { register, control, formState } = useFormContext<BriefingFormValues>();
  const chosen = useWatch({ control, name: 'classification' });
  const kind = useWatch({ control, name: 'kind' });
  const content = preview?.contentClassification ?? null;
  const lower = chosen !== '' && content !== null && isLowerClassification(chosen, content);
  const contentLabel = content ? t(`enums.classification.${content}`) : '…';
  return (
    <section className="card" aria-labelledby="briefing-options">
      <h2 id="briefing-options">{t('briefings.optionsHeading')}</h2>
      <div className="row">
        <SelectField
          label={t('briefing.classification')}
          hint={t('briefings.classificationHint')}
          error={message(formState.errors.classification?.message)}
          {...register('classification', { deps: ['classificationOverride.reason'] })}
        >
          <option value="">{t('briefing.classificationDefault', { level: contentLabel })}</option>
          {CLASSIFICATIONS.map((level) => (
            <option key={level} value={level}>
              {t(`enums.classification.${level}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('briefing.chart')} error={message(formState.errors.chart?.message)} {...register('chart')}>
          {BRIEFING_CHARTS.map((chart) => (
            <option key={chart} value={chart}>
              {t(`briefing.charts.${chart}`)}
            </option>
          ))}
        </SelectField>
      </div>
      {kind === 'signaleringsoverzicht' && (
        <>
          <label className="checkbox checkbox--field briefing-map">
            <input type="checkbox" aria-describedby="briefing-map-hint" {...register('includeMap')} />
            <span>{t('mapNote.includeMap')}</span>
          </label>
          <p id="briefing-map-hint" className="field__hint briefing-map__hint">
            {t('mapNote.includeMapHint')}
          </p>
        </>
      )}
      {lower && (
        <TextAreaField
          label={t('briefing.classificationOverride')}
          hint={t('briefings.overrideHint', { level: contentLabel })}
          rows={2}
          maxLength={1000}
          required
          error={message(formState.errors.classificationOverride?.reason?.message)}
          {...register('classificationOverride.reason')}
        />
      )}
    </section>
  );
}
