import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EARLY_WARNING_METHODS, type EarlyWarningMethod } from '../../../../shared/domain/earlyWarning';
import type { EarlyWarningFinding } from '../../../../shared/domain/earlyWarningFinding';
import { isoWeekKey, lastCompleteIsoWeek, parseIsoWeekKey } from '../../../../shared/domain/isoWeek';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SelectField } from '../../components/SelectField';
import { usePersistentState } from '../shell/persistentState';
import { earlyWarningKeys } from './earlyWarningKeys';
import { FindingCard } from './FindingCard';
import { ReviewFindingDialog } from './ReviewFindingDialog';
import { WeekChooser } from './WeekChooser';
import '../../styles/earlyWarning.css';

interface EarlyWarningState {
  /** null: the last complete week, whichever that is when the page is opened. */
  week: string | null;
  method: EarlyWarningMethod;
}

const initialState = (): EarlyWarningState => ({ week: null, method: 'bayes' });

/**
 * "Signalen ter beoordeling": the early-warning findings of one week, ranked
 * (unreviewed first, then by how far over the threshold). Opening the page
 * judges the week, so what it shows is never older than the signals.
 */
export function EarlyWarningPage({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  const [state, setState] = usePersistentState<EarlyWarningState>('earlyWarning', initialState);
  const [reviewing, setReviewing] = useState<EarlyWarningFinding | null>(null);
  const latest = isoWeekKey(lastCompleteIsoWeek(new Date()));
  const week = state.week ?? latest;
  const result = useQuery({
    queryKey: earlyWarningKeys.findings(week, state.method),
    queryFn: () => call('earlyWarning.findings', { week, method: state.method }),
    placeholderData: keepPreviousData,
  });
  const findings = result.data?.findings ?? [];
  const unreviewed = findings.filter((finding) => finding.status === 'open').length;
  const weekNumber = parseIsoWeekKey(week)?.week ?? week;
  const methodLabel = t(`earlyWarning.methods.${state.method}`);

  return (
    <>
      <div className="page-header">
        <h1>{t('earlyWarning.heading')}</h1>
      </div>
      <p className="muted ew-intro">{t('earlyWarning.intro')}</p>
      <div className="ew-toolbar">
        <WeekChooser week={week} latest={latest} onChange={(next) => setState((current) => ({ ...current, week: next === latest ? null : next }))} />
        <SelectField
          label={t('earlyWarning.method')}
          value={state.method}
          onChange={(event) => setState((current) => ({ ...current, method: event.target.value as EarlyWarningMethod }))}
        >
          {EARLY_WARNING_METHODS.map((method) => (
            <option key={method} value={method}>
              {t(`earlyWarning.methods.${method}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <ErrorAlert error={result.error} />
      {result.data && (
        <p className="ew-summary" role="status">
          {findings.length === 0 ? (
            t('earlyWarning.empty', { week: weekNumber, method: methodLabel })
          ) : (
            <>
              <strong>{t('earlyWarning.count', { count: findings.length })}</strong>
              {' · '}
              {t('earlyWarning.unreviewed', { count: unreviewed })}
            </>
          )}
        </p>
      )}
      {findings.length > 0 && (
        <ol className="ew-findings" aria-label={t('earlyWarning.listLabel', { week: weekNumber })}>
          {findings.map((finding) => (
            <FindingCard key={finding.id} finding={finding} onReview={setReviewing} readOnly={readOnly} />
          ))}
        </ol>
      )}
      {reviewing && <ReviewFindingDialog finding={reviewing} onClose={() => setReviewing(null)} />}
    </>
  );
}
