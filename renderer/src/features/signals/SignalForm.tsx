import { useTranslation } from 'react-i18next';
import type { ReferenceData } from '../../../../shared/domain/history';
import { DetailFields } from './DetailFields';
import { EssentialFields } from './EssentialFields';

/**
 * The signal's fields: what must be known first, then the details. The frame
 * (FormPage) around them saves, cancels and keeps a draft across a lock.
 */
export function SignalForm({ reference }: { reference: ReferenceData }) {
  const { t } = useTranslation();
  return (
    <>
      <section className="card" aria-labelledby="signal-essentials">
        <h2 id="signal-essentials">{t('signalForm.essentials')}</h2>
        <EssentialFields reference={reference} />
      </section>
      <section className="card" aria-labelledby="signal-details">
        <h2 id="signal-details">{t('signalForm.details')}</h2>
        <p className="muted">{t('signalForm.detailsIntro')}</p>
        <DetailFields reference={reference} />
      </section>
    </>
  );
}
