import { useTranslation } from 'react-i18next';
import type { Signal } from '../../../../shared/domain/signal';
import { adviserName, useReference, useReferenceLabel } from '../../api/domain';
import { formatDate, formatDateTime } from '../../format';
import { Facts, type Fact } from '../../components/record/Facts';

/** Every field of a signal, read-only, in the same order as the form. */
export function SignalFacts({ signal }: { signal: Signal }) {
  const { t } = useTranslation();
  const reference = useReference().data;
  const label = useReferenceLabel();
  const orDash = (value: string | null | undefined) => value || '—';
  const places = [...(signal.isNational ? [t('signal.national')] : []), ...signal.municipalityNames];
  const facts: Fact[] = [
    [t('signal.observedOn'), formatDate(signal.observedOn)],
    [t('signal.receivedOn'), formatDate(signal.receivedOn)],
    [t('signal.municipalities'), orDash(places.join(', '))],
    [t('signal.location'), orDash(signal.location)],
    [t('signal.themes'), orDash(signal.themes.map((code) => label(reference?.themes, code)).join(', '))],
    [t('signal.urgency'), t(`enums.urgency.${signal.urgency}`)],
    [t('signal.community'), orDash(signal.community)],
    [t('signal.stateActor'), orDash(signal.stateActor)],
    [t('signal.phase'), signal.phase ? t(`enums.phase.${signal.phase}`) : '—'],
    [t('signal.trend'), t(`enums.trend.${signal.trend}`)],
    [t('signal.sourceType'), signal.sourceType ? label(reference?.sourceTypes, signal.sourceType) : '—'],
    [t('signal.sourceReliability'), signal.sourceReliability ? t(`enums.sourceReliability.${signal.sourceReliability}`) : '—'],
    [t('signal.infoCredibility'), signal.infoCredibility ? t(`enums.infoCredibility.${signal.infoCredibility as 1}`) : '—'],
    [t('signal.owner'), orDash(signal.ownerName)],
    [t('signal.classification'), t(`enums.classification.${signal.classification}`)],
    [t('signal.containsPersonalData'), signal.containsPersonalData ? t('common.yes') : t('common.no')],
    [t('signal.retainUntil'), formatDate(signal.retainUntil)],
    [t('signal.createdAt'), formatDateTime(signal.createdAt)],
    [t('signal.updatedAt'), [formatDateTime(signal.updatedAt), adviserName(reference, signal.updatedBy)].filter(Boolean).join(' · ')],
  ];
  return (
    <>
      <h2 className="visually-hidden">{t('signalPage.facts')}</h2>
      <h3>{t('signal.description')}</h3>
      <p className="prose">{signal.description}</p>
      <h3>{t('signal.interpretation')}</h3>
      <p className="prose">{signal.interpretation || <span className="muted">{t('signalPage.noInterpretation')}</span>}</p>
      <Facts facts={facts} />
    </>
  );
}
