import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFileJobProgress } from '../../../../shared/contract/jobs';
import { subscribe } from '../../api/client';

/**
 * The progress the main process pushes while a backup or passphrase change
 * runs off its main thread; null until the first event (or where the bridge
 * has no such event, as in the browser test bridge: the bar is then indeterminate).
 */
function useJobProgress(job: CaseFileJobProgress['job'], active: boolean): CaseFileJobProgress | null {
  const [progress, setProgress] = useState<CaseFileJobProgress | null>(null);
  useEffect(() => {
    if (!active) return undefined;
    let unsubscribe: () => void;
    try {
      unsubscribe = subscribe('caseFile.jobProgress', (event) => {
        if (event.job === job) setProgress(event);
      });
    } catch {
      return undefined;
    }
    return () => {
      unsubscribe();
      // The next run starts from an empty bar, not from this run's 100%.
      setProgress(null);
    };
  }, [job, active]);
  return active ? progress : null;
}

/** An accessible progress bar (a labelled <progress>) with the step in words, shown while the job runs. */
export function JobProgress({ job, active }: { job: CaseFileJobProgress['job']; active: boolean }) {
  const { t } = useTranslation();
  const labelId = useId();
  const progress = useJobProgress(job, active);
  if (!active) return null;
  return (
    <div className="job-progress">
      <span id={labelId}>{t(job === 'backup' ? 'settings.jobBackup' : 'settings.jobRekey')}</span>
      <progress aria-labelledby={labelId} max={100} value={progress?.percent} />
      <p className="muted" aria-live="polite">
        {progress
          ? t('settings.jobPercent', { percent: progress.percent, step: t(`settings.jobStep_${progress.step}`) })
          : t('settings.working')}{' '}
        {t('settings.jobWait')}
      </p>
    </div>
  );
}
