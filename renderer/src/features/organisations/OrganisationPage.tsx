import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../../shared/domain/organisation';
import { call } from '../../api/client';
import { recordKeys } from '../../api/domain';
import { HistoryTable } from '../../components/HistoryTable';
import { ReasonDialog } from '../../components/ReasonDialog';
import { formatDate, formatDateTime } from '../../format';
import '../../styles/organisations.css';
import { BackButton } from '../shell/BackButton';
import { useNavigation } from '../shell/navigation';
import { LinkedContactMoments } from './LinkedContactMoments';
import { OrganisationPersons } from './OrganisationPersons';
import { useSoftDelete } from '../../components/useSoftDelete';
import { RecordStatus } from '../shell/RecordStatus';
import { DeletedNotice } from '../../components/DeletedNotice';

function OrganisationFacts({ item }: { item: Organisation }) {
  const { t } = useTranslation();
  const facts: [string, string][] = [
    [t('organisation.type'), t(`enums.organisationType.${item.type}`)],
    [t('organisation.municipalities'), item.municipalityNames.join(', ') || '—'],
    [t('organisation.personCount'), String(item.personCount)],
    [t('organisation.lastContactOn'), item.lastContactOn ? formatDate(item.lastContactOn) : t('organisations.never')],
    [t('organisation.updatedAt'), [formatDateTime(item.updatedAt), item.updatedBy].filter(Boolean).join(' · ')],
  ];
  return (
    <section className="card" aria-labelledby="organisation-facts">
      <h2 id="organisation-facts">{t('organisations.facts')}</h2>
      <p className="prose">{item.notes || <span className="muted">{t('organisations.noNotes')}</span>}</p>
      <dl className="facts facts--columns">
        {facts.map(([term, value]) => (
          <div key={term} className="facts__item">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function OrganisationPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const { deleting, setDeleting, remove, restore } = useSoftDelete('organisation', id);
  const query = useQuery({ queryKey: recordKeys.organisation(id), queryFn: () => call('organisations.get', { id }) });

  if (!query.data) return <RecordStatus error={query.error} />;
  const item = query.data;
  const deleted = !!item.deletedAt;
  return (
    <>
      <BackButton />
      <div className="page-header">
        <div>
          <p className="page-header__kicker">
            {item.number} · {t(`enums.organisationType.${item.type}`)}
          </p>
          <h1 className="cell-title">{item.name}</h1>
        </div>
        <div className="button-row">
          <button
            type="button"
            className="button button--primary"
            disabled={deleted}
            onClick={() => navigate({ name: 'organisationForm', id: item.id })}
          >
            {t('organisations.edit')}
          </button>
          {!deleted && (
            <button type="button" className="button button--quiet" onClick={() => setDeleting(true)}>
              {t('organisations.delete')}
            </button>
          )}
        </div>
      </div>
      <DeletedNotice
        deleted={deleted}
        message={
          <>
            <p>{t('organisations.deleted', { at: formatDateTime(item.deletedAt) })}</p>
            {item.deletedReason && <p>{t('organisations.deletedReason', { reason: item.deletedReason })}</p>}
          </>
        }
        restoreLabel={t('organisations.restore')}
        restore={restore}
      />
      <div className="detail-layout">
        <div className="detail-layout__main">
          <OrganisationFacts item={item} />
          <LinkedContactMoments
            filter={{ organisationIds: [item.id] }}
            prefill={{ organisationIds: [item.id], municipalities: item.municipalities }}
            disabled={deleted}
          />
        </div>
        <div className="detail-layout__side">
          <OrganisationPersons organisationId={item.id} disabled={deleted} />
        </div>
      </div>
      <section className="card" aria-labelledby="organisation-history">
        <h2 id="organisation-history">{t('history.heading')}</h2>
        <HistoryTable entity="organisation" id={item.id} />
      </section>
      {deleting && (
        <ReasonDialog
          title={t('organisations.deleteHeading', { number: item.number })}
          intro={item.personCount > 0 ? t('organisations.deleteIntroPersons', { count: item.personCount }) : t('organisations.deleteIntro')}
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
