import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { recordKeys } from '../../api/domain';
import { DeleteRecordDialog } from '../../components/record/DeleteRecordDialog';
import { LinkedRecords } from '../../components/record/LinkedRecords';
import { RecordPage } from '../../components/record/RecordPage';
import { useSoftDelete } from '../../components/useSoftDelete';
import { formatDate, formatDateTime } from '../../format';
import { RelatedActions } from '../actions/RelatedActions';
import { useNavigation } from '../shell/navigation';
import { RecordStatus } from '../shell/RecordStatus';
import { ContactMomentFacts } from './ContactMomentFacts';
import '../../styles/contactMoments.css';

export function ContactMomentPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const softDelete = useSoftDelete('contactMoment', id);
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
    <RecordPage
      kicker={`${moment.number} · ${t(`enums.contactForm.${moment.form}`)} · ${formatDate(moment.heldOn)}`}
      title={moment.subject}
      actions={
        <>
          <button type="button" className="button button--primary" disabled={deleted} onClick={() => navigate({ name: 'contactMomentForm', id: moment.id })}>
            {t('contactMoments.edit')}
          </button>
          <button type="button" className="button" disabled={deleted} onClick={() => navigate({ name: 'signalForm', contactMomentId: moment.id })}>
            {t('contactMoments.registerSignal')}
          </button>
          {!deleted && (
            <button type="button" className="button button--quiet" onClick={() => softDelete.setDeleting(true)}>
              {t('contactMoments.delete')}
            </button>
          )}
        </>
      }
      deletion={{
        deleted,
        message: (
          <p>
            {t('contactMoments.deleted', { at: formatDateTime(moment.deletedAt) })}{' '}
            {moment.deletedReason && t('contactMoments.deletedReason', { reason: moment.deletedReason })}
          </p>
        ),
        restoreLabel: t('contactMoments.restore'),
        restore: softDelete.restore,
      }}
      main={<ContactMomentFacts moment={moment} />}
      side={
        <>
          <LinkedRecords
            headingId="contact-moment-signals"
            heading={t('contactMoments.signalsHeading')}
            empty={t('contactMoments.noSignals')}
            items={moment.signals}
            label={(signal) => signal.label}
            route={(signal) => ({ name: 'signal', id: signal.id })}
          />
          <RelatedActions filter={{ contactMomentId: moment.id }} addRoute={{ name: 'actionForm', contactMomentId: moment.id }} disabled={deleted} />
        </>
      }
      history={{ entity: 'contactMoment', id: moment.id, names }}
      footer={
        <DeleteRecordDialog
          softDelete={softDelete}
          title={t('contactMoments.deleteHeading', { number: moment.number })}
          intro={t('contactMoments.deleteIntro')}
        />
      }
    />
  );
}
