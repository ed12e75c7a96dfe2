import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { recordKeys } from '../../api/domain';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../format';
import { useNavigation } from '../shell/navigation';
import '../../styles/contactMoments.css';

/** The contact moments where a signal was discussed or registered, newest first. */
export function RelatedContactMoments({ signalId }: { signalId: string }) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const list = useQuery({
    queryKey: [...recordKeys.contactMoments, 'bySignal', signalId],
    queryFn: () =>
      call('contactMoments.list', { filters: { signalId }, sort: { column: 'heldOn', direction: 'desc' }, page: { offset: 0, limit: 50 } }),
  });
  const rows = list.data?.rows ?? [];
  return (
    <section className="card" aria-labelledby="signal-contact-moments">
      <h2 id="signal-contact-moments">{t('contactMoments.relatedHeading')}</h2>
      <ErrorAlert error={list.error} />
      {list.data && rows.length === 0 && <p className="muted">{t('contactMoments.relatedEmpty')}</p>}
      <ul className="action-list">
        {rows.map((row) => (
          <li key={row.id}>
            <button type="button" className="link-button" onClick={() => navigate({ name: 'contactMoment', id: row.id })}>
              {row.number}
            </button>{' '}
            <span className="cell-title">{row.subject}</span>
            <span className="action-list__meta">
              {formatDate(row.heldOn)} · {t(`enums.contactForm.${row.form as 'overleg'}`)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
