import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { recordKeys } from '../../api/domain';
import { HistoryTable } from '../../components/HistoryTable';
import { ReasonDialog } from '../../components/ReasonDialog';
import { formatDate, formatDateTime } from '../../format';
import { RelatedActions } from '../actions/RelatedActions';
import { BackButton } from '../shell/BackButton';
import { useNavigation } from '../shell/navigation';
import { ContactMomentFacts } from './ContactMomentFacts';
import '../../styles/contactMoments.css';
import { useSoftDelete } from '../../components/useSoftDelete';
import { RecordStatus } from '../shell/RecordStatus';
import { DeletedNotice } from '../../components/DeletedNotice';

export function ContactMomentPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const { deleting, setDeleting, remove, restore } = useSoftDelete('contactMoment', id);
  const query = useQuery({ queryKey: recordKeys.contactMoment(id), queryFn: () => call('contactMoments.get', { id }) });

  if (!query.data) return <RecordStatus error={query.error} />;
  const moment = query.data;
  const deleted = !!moment.deletedAt;
  // The history names linked records instead of showing their ids.
  const names = Object.fromEntries(
    [...moment.organisations, ...moment.persons, ...moment.staff, ...moment.signals].map((ref) => [ref.id, ref.label]),
  );
  if (moment.caseId && moment.caseLabel) names[moment.caseId] = moment.caseLabel;
  return (
    <>
      <BackButton />
      <div className="page-header">
        <div>
          <p className="page-header__kicker">
            {moment.number} · {t(`enums.contactForm.${moment.form}`)} · {formatDate(moment.heldOn)}
          </p>
          <h1 className="cell-title">{moment.subject}</h1>
        </div>
        <div className="button-row">
          <button
            type="button"
            className="button button--primary"
            disabled={deleted}
            onClick={() => navigate({ name: 'contactMomentForm', id: moment.id })}
          >
            {t('contactMoments.edit')}
          </button>
          <button
            type="button"
            className="button"
            disabled={deleted}
            onClick={() => navigate({ name: 'signalForm', contactMomentId: moment.id })}
          >
            {t('contactMoments.registerSignal')}
          </button>
          {!deleted && (
            <button type="button" className="button button--quiet" onClick={() => setDeleting(true)}>
              {t('contactMoments.delete')}
            </button>
          )}
        </div>
      </div>
      <DeletedNotice
        deleted={deleted}
        message={
          <>
            <p>
              {t('contactMoments.deleted', { at: formatDateTime(moment.deletedAt) })}{' '}
              {moment.deletedReason && t('contactMoments.deletedReason', { reason: moment.deletedReason })}
            </p>
          </>
        }
        restoreLabel={t('contactMoments.restore')}
        restore={restore}
      />
      <div className="detail-layout">
        <div className="detail-layout__main">
          <ContactMomentFacts moment={moment} />
        </div>
        <div className="detail-layout__side">
          <section className="card" aria-labelledby="contact-moment-signals">
            <h2 id="contact-moment-signals">{t('contactMoments.signalsHeading')}</h2>
            {moment.signals.length === 0 ? (
              <p className="muted">{t('contactMoments.noSignals')}</p>
            ) : (
              <ul className="action-list">
                {moment.signals.map((signal) => (
                  <li key={signal.id}>
                    <button type="button" className="link-button" onClick={() => navigate({ name: 'signal', id: signal.id })}>
                      {signal.label}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <RelatedActions
            filter={{ contactMomentId: moment.id }}
            addRoute={{ name: 'actionForm', contactMomentId: moment.id }}
            disabled={deleted}
          />
        </div>
      </div>
      <section className="card" aria-labelledby="contact-moment-history">
        <h2 id="contact-moment-history">{t('history.heading')}</h2>
        <HistoryTable entity="contactMoment" id={moment.id} names={names} />
      </section>
      {deleting && (
        <ReasonDialog
          title={t('contactMoments.deleteHeading', { number: moment.number })}
          intro={t('contactMoments.deleteIntro')}
          label={t('delete.reason')}
          submitLabel={t('delete.submit')}
          onSubmit={(reason) => remove.mutate(reason)}
          onClose={() => setDeleting(false)}
          busy={remove.isPending}
          error={remove.error}
        />
      )}
    </>
  );
}
