import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../shared/domain/case';
import { adviserName, useReference, useReferenceLabel } from '../../api/domain';
import { formatDate, formatDateTime } from '../../format';
import { Facts, type Fact } from '../../components/record/Facts';

/** The fields of a case, read-only, summary first. */
export function CaseFacts({ item }: { item: Case }) {
  const { t } = useTranslation();
  const reference = useReference().data;
  const label = useReferenceLabel();
  const facts: Fact[] = [
    [t('case.type'), t(`enums.caseType.${item.type}`)],
    [t('case.status'), t(`enums.caseStatus.${item.status}`)],
    [t('case.startOn'), formatDate(item.startOn)],
    [t('case.endOn'), formatDate(item.endOn)],
    [t('case.municipalities'), item.municipalityNames.join(', ') || '—'],
    [t('case.themes'), item.themes.map((code) => label(reference?.themes, code)).join(', ') || '—'],
    [t('case.owner'), item.ownerName ?? '—'],
    [t('case.classification'), t(`enums.classification.${item.classification}`)],
    [t('case.signalCount'), String(item.signalCount)],
    [t('case.updatedAt'), [formatDateTime(item.updatedAt), adviserName(reference, item.updatedBy)].filter(Boolean).join(' · ')],
  ];
  return (
    <section className="card" aria-labelledby="case-summary">
      <h2 id="case-summary">{t('case.summary')}</h2>
      <p className="prose">{item.summary || <span className="muted">{t('casePage.noSummary')}</span>}</p>
      <Facts facts={facts} />
    </section>
  );
}
