import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { recordKeys } from '../../api/domain';
import { HistoryTable } from '../../components/HistoryTable';
import { ReasonDialog } from '../../components/ReasonDialog';
import { formatDateTime } from '../../format';
import { RelatedActions } from '../actions/RelatedActions';
import { BackButton } from '../shell/BackButton';
import { useNavigation } from '../shell/navigation';
import { CaseFacts } from './CaseFacts';
import { CaseSignals } from './CaseSignals';
import { CaseTimeline } from './CaseTimeline';
import { Journal } from './Journal';
import { useSoftDelete } from '../../components/useSoftDelete';
import { RecordStatus } from '../shell/RecordStatus';
import { DeletedNotice } from '../../components/DeletedNotice';

export function CasePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const { deleting, setDeleting, remove, restore } = useSoftDelete('case', id);
  const query = useQuery({ queryKey: recordKeys.case(id), queryFn: () => call('cases.get', { id }) });

  if (!query.data) return <RecordStatus error={query.error} />;
  const item = query.data;
  const deleted = !!item.deletedAt;
  return (
    <>
      <BackButton />
      <div className="page-header">
        <div>
          <p className="page-header__kicker">
            {item.number} · {t(`enums.caseType.${item.type}`)} · {t(`enums.caseStatus.${item.status}`)}
          </p>
          <h1 className="cell-title">{item.title}</h1>
        </div>
        <div className="button-row">
          <button
            type="button"
            className="button button--primary"
            disabled={deleted}
            onClick={() => navigate({ name: 'caseForm', id: item.id })}
          >
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
            <button type="button" className="button button--quiet" onClick={() => setDeleting(true)}>
              {t('casePage.delete')}
            </button>
          )}
        </div>
      </div>
      <DeletedNotice
        deleted={deleted}
        message={
          <p>{t('casePage.deleted', { at: formatDateTime(item.deletedAt) })}</p>
        }
        restoreLabel={t('casePage.restore')}
        restore={restore}
      />
      <div className="detail-layout">
        <div className="detail-layout__main">
          <CaseFacts item={item} />
          <CaseSignals caseId={item.id} disabled={deleted} />
          <CaseTimeline caseId={item.id} />
        </div>
        <div className="detail-layout__side">
          <RelatedActions filter={{ caseId: item.id }} addRoute={{ name: 'actionForm', caseId: item.id }} openOnly disabled={deleted} />
          <Journal caseId={item.id} disabled={deleted} />
        </div>
      </div>
      <section className="card" aria-labelledby="case-history">
        <h2 id="case-history">{t('history.heading')}</h2>
        <HistoryTable entity="case" id={item.id} />
      </section>
      {deleting && (
        <ReasonDialog
          title={t('casePage.deleteHeading', { number: item.number })}
          intro={t('casePage.deleteIntro')}
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
