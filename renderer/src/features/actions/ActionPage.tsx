import { useQuery } from '@tanstack/react-query';
import { LinkedElections } from '../elections/LinkedElections';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { recordKeys } from '../../api/domain';
import { DeleteRecordDialog } from '../../components/record/DeleteRecordDialog';
import { RecordPage } from '../../components/record/RecordPage';
import { useSoftDelete } from '../../components/useSoftDelete';
import { formatDateTime } from '../../format';
import { useNavigation } from '../shell/navigation';
import { RecordStatus } from '../shell/RecordStatus';
import { ActionFacts } from './ActionFacts';
import { ActionStatusSection } from './ActionStatusSection';
import '../../styles/contactMoments.css';

export function ActionPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const softDelete = useSoftDelete('action', id);
  const query = useQuery({ queryKey: recordKeys.action(id), queryFn: () => call('actions.get', { id }) });

  if (!query.data) return <RecordStatus error={query.error} />;
  const action = query.data;
  const deleted = !!action.deletedAt;
  // The history names the linked records instead of showing their ids.
  const names = Object.fromEntries(
    [
      [action.signalId, action.signalLabel],
      [action.caseId, action.caseLabel],
      [action.contactMomentId, action.contactMomentLabel],
    ].filter((pair): pair is [string, string] => !!pair[0] && !!pair[1]),
  );
  return (
    <RecordPage
      kicker={
        <>
          {action.number} · {t(`enums.actionKind.${action.kind}`)} · {t(`enums.actionStatus.${action.status}`)}
          {action.overdue && (
            <>
              {' '}
              · <span className="badge badge--overdue">{t('action.overdue')}</span>
            </>
          )}
        </>
      }
      title={action.description}
      actions={
        <>
          <button type="button" className="button button--primary" disabled={deleted} onClick={() => navigate({ name: 'actionForm', id: action.id })}>
            {t('actions.edit')}
          </button>
          {!deleted && (
            <button type="button" className="button button--quiet" onClick={() => softDelete.setDeleting(true)}>
              {t('actions.delete')}
            </button>
          )}
        </>
      }
      deletion={{
        deleted,
        message: (
          <p>
            {t('actions.deleted', { at: formatDateTime(action.deletedAt) })}{' '}
            {action.deletedReason && t('actions.deletedReason', { reason: action.deletedReason })}
          </p>
        ),
        restoreLabel: t('actions.restore'),
        restore: softDelete.restore,
      }}
      main={<ActionFacts action={action} />}
      side={
        <>
          <ActionStatusSection key={action.version} action={action} disabled={deleted} />
          <LinkedElections entity="action" id={action.id} />
        </>
      }
      history={{ entity: 'action', id: action.id, names }}
      footer={<DeleteRecordDialog softDelete={softDelete} title={t('actions.deleteHeading', { number: action.number })} intro={t('actions.deleteIntro')} />}
    />
  );
}
