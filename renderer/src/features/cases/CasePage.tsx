import { useQuery } from '@tanstack/react-query';
import { LinkedElections } from '../elections/LinkedElections';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { recordKeys } from '../../api/domain';
import { DeleteRecordDialog } from '../../components/record/DeleteRecordDialog';
import { RecordPage } from '../../components/record/RecordPage';
import { useSoftDelete } from '../../components/useSoftDelete';
import { formatDateTime } from '../../format';
import { RelatedActions } from '../actions/RelatedActions';
import { useNavigation } from '../shell/navigation';
import { RecordStatus } from '../shell/RecordStatus';
import { CaseFacts } from './CaseFacts';
import { CaseSignals } from './CaseSignals';
import { CaseTimeline } from './CaseTimeline';
import { Journal } from './Journal';

export function CasePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const softDelete = useSoftDelete('case', id);
  const query = useQuery({ queryKey: recordKeys.case(id), queryFn: () => call('cases.get', { id }) });

  if (!query.data) return <RecordStatus error={query.error} />;
  const item = query.data;
  const deleted = !!item.deletedAt;
  return (
    <RecordPage
      kicker={`${item.number} · ${t(`enums.caseType.${item.type}`)} · ${t(`enums.caseStatus.${item.status}`)}`}
      title={item.title}
      actions={
        <>
          <button type="button" className="button button--primary" disabled={deleted} onClick={() => navigate({ name: 'caseForm', id: item.id })}>
            {t('casePage.edit')}
          </button>
          <button
            type="button"
            className="button"
            disabled={deleted}
            onClick={() => navigate({ name: 'contactMomentForm', prefill: { caseId: item.id, municipalities: item.municipalities } })}
          >
            {t('contactMoments.new')}
          </button>
          <button type="button" className="button" disabled={deleted} onClick={() => navigate({ name: 'briefingNew', caseIds: [item.id] })}>
            {t('briefings.fromCase')}
          </button>
          {!deleted && (
            <button type="button" className="button button--quiet" onClick={() => softDelete.setDeleting(true)}>
              {t('casePage.delete')}
            </button>
          )}
        </>
      }
      deletion={{
        deleted,
        message: <p>{t('casePage.deleted', { at: formatDateTime(item.deletedAt) })}</p>,
        restoreLabel: t('casePage.restore'),
        restore: softDelete.restore,
      }}
      main={
        <>
          <CaseFacts item={item} />
          <CaseSignals caseId={item.id} disabled={deleted} />
          <CaseTimeline caseId={item.id} />
        </>
      }
      side={
        <>
          <RelatedActions filter={{ caseId: item.id }} addRoute={{ name: 'actionForm', caseId: item.id }} openOnly disabled={deleted} />
          <Journal caseId={item.id} disabled={deleted} />
          <LinkedElections entity="case" id={item.id} />
        </>
      }
      history={{ entity: 'case', id: item.id }}
      footer={<DeleteRecordDialog softDelete={softDelete} title={t('casePage.deleteHeading', { number: item.number })} intro={t('casePage.deleteIntro')} />}
    />
  );
}
