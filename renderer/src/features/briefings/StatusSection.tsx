import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { BRIEFING_STATUS_STEPS, type Briefing, type BriefingStatus } from '../../../../shared/domain/briefing';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useBriefingSaved } from './briefingQueries';

const STEP_LABEL = {
  concept: 'briefings.toConcept',
  'ter-parafering': 'briefings.toParafering',
  verzonden: 'briefings.toVerzonden',
} as const;

/** concept → ter parafering → verzonden (or back to concept); sent only after an export. */
export function StatusSection({ briefing, dirty }: { briefing: Briefing; dirty: boolean }) {
  const { t } = useTranslation();
  const saved = useBriefingSaved();
  const change = useMutation({
    mutationFn: (status: BriefingStatus) => call('briefings.setStatus', { id: briefing.id, version: briefing.version, status }),
    onSuccess: saved,
  });
  const deleted = briefing.deletedAt !== null;
  const steps = BRIEFING_STATUS_STEPS[briefing.status];
  const needsExport = steps.includes('verzonden') && briefing.exportCount === 0;
  return (
    <section className="card briefing-wide" aria-labelledby="briefing-status">
      <h2 id="briefing-status">{t('briefings.statusHeading')}</h2>
      <p>
        <span className={`badge briefing-status briefing-status--${briefing.status}`}>{t(`briefing.statuses.${briefing.status}`)}</span>
      </p>
      {steps.length > 0 && (
        <div className="button-row">
          {steps.map((step) => (
            <button
              key={step}
              type="button"
              className={`button button--small${step === 'concept' ? ' button--quiet' : ''}`}
              disabled={deleted || dirty || change.isPending || (step === 'verzonden' && needsExport)}
              onClick={() => change.mutate(step)}
            >
              {t(STEP_LABEL[step])}
            </button>
          ))}
        </div>
      )}
      {dirty && steps.length > 0 && <p className="field__hint">{t('briefings.saveBeforeStatus')}</p>}
      {needsExport && <p className="field__hint">{t('briefings.exportBeforeSent')}</p>}
      {briefing.status === 'verzonden' && <p className="field__hint">{t('briefings.sentIsFinal')}</p>}
      <ErrorAlert error={change.error} />
    </section>
  );
}
