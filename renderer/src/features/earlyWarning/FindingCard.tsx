import { useTranslation } from 'react-i18next';
import type { EarlyWarningFinding } from '../../../../shared/domain/earlyWarningFinding';
import { formatDateTime } from '../../format';
import { FindingSignals } from './FindingSignals';
import { explanationText, unitName } from './findingText';

interface FindingCardProps {
  finding: EarlyWarningFinding;
  onReview: (finding: EarlyWarningFinding) => void;
  readOnly: boolean;
}

/** One finding: its explanation as the heading, what kind of unit and method, and the review or the way to give one. */
export function FindingCard({ finding, onReview, readOnly }: FindingCardProps) {
  const { t, i18n } = useTranslation();
  const headingId = `ew-finding-${finding.id}`;
  const reviewed = finding.status === 'reviewed';
  return (
    <li className={`ew-finding${reviewed ? ' ew-finding--reviewed' : ''}`} aria-labelledby={headingId}>
      <div className="ew-finding__main">
        <h2 id={headingId} className="ew-finding__explanation">
          {explanationText(t, finding, i18n.language)}
        </h2>
        <p className="ew-finding__meta">
          <span>{t(`earlyWarning.unitKind.${finding.unitKind}`)}</span>
          <span>{t(`earlyWarning.methods.${finding.method}`)}</span>
          <span className={`badge ${reviewed ? 'ew-badge--reviewed' : 'ew-badge--open'}`}>{t(`earlyWarning.status.${finding.status}`)}</span>
        </p>
        {reviewed && (
          <div className="ew-finding__review">
            <p className="muted">{t('earlyWarning.reviewedBy', { who: finding.reviewedBy ?? '—', date: formatDateTime(finding.reviewedAt) })}</p>
            <p className="ew-finding__note">{finding.reviewNote}</p>
          </div>
        )}
        <FindingSignals finding={finding} />
      </div>
      {!reviewed && !readOnly && (
        <div className="ew-finding__actions">
          <button
            type="button"
            className="button button--primary"
            aria-label={t('earlyWarning.reviewFor', { unit: unitName(finding, i18n.language) })}
            onClick={() => onReview(finding)}
          >
            {t('earlyWarning.review')}
          </button>
        </div>
      )}
    </li>
  );
}
