import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { recordKeys } from '../../api/domain';
import { HistoryTable } from '../../components/HistoryTable';
import { ReasonDialog } from '../../components/ReasonDialog';
import { formatDateTime } from '../../format';
import { BackButton } from '../shell/BackButton';
import { useNavigation } from '../shell/navigation';
import { ActionFacts } from './ActionFacts';
import { ActionStatusSection } from './ActionStatusSection';
import '../../styles/contactMoments.css';
import { useSoftDelete } from '../../components/useSoftDelete';
import { RecordStatus } from '../shell/RecordStatus';
import { DeletedNotice } from '../../components/DeletedNotice';

export function ActionPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const { deleting, setDeleting, remove, restore } = useSoftDelete('action', id);
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
    <>
      <BackButton />
      <div className="page-header">
        <div>
          <p className="page-header__kicker">
            {action.number} · {t(`enums.actionKind.${action.kind}`)} · {t(`enums.actionStatus.${action.status}`)}
            {action.overdue && (
              <>
                {' '}
                · <span className="badge badge--overdue">{t('action.overdue')}</span>
              </>
            )}
          </p>
          <h1 className="cell-title">{action.description}</h1>
        </div>
        <div className="button-row">
          <button type="button" className="button button--primary" disabled={deleted} onClick={() => navigate({ name: 'actionForm', id: action.id })}>
            {t('actions.edit')}
          </button>
          {!deleted && (
            <button type="button" className="button button--quiet" onClick={() => setDeleting(true)}>
              {t('actions.delete')}
            </button>
          )}
        </div>
      </div>
      <DeletedNotice
        deleted={deleted}
        message={
          <>
            <p>
              {t('actions.deleted', { at: formatDateTime(action.deletedAt) })}{' '}
              {action.deletedReason && t('actions.deletedReason', { reason: action.deletedReason })}
            </p>
          </>
        }
        restoreLabel={t('actions.restore')}
        restore={restore}
      />
      <div className="detail-layout">
        <div className="detail-layout__main">
          <ActionFacts action={action} />
        </div>
        <div className="detail-layout__side">
          <ActionStatusSection key={action.version} action={action} disabled={deleted} />
        </div>
      </div>
      <section className="card" aria-labelledby="action-history">
        <h2 id="action-history">{t('history.heading')}</h2>
        <HistoryTable entity="action" id={action.id} names={names} />
      </section>
      {deleting && (
        <ReasonDialog
          title={t('actions.deleteHeading', { number: action.number })}
          intro={t('actions.deleteIntro')}
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
