import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../../shared/domain/organisation';
import { call } from '../../api/client';
import { recordKeys } from '../../api/domain';
import { DeleteRecordDialog } from '../../components/record/DeleteRecordDialog';
import { Facts } from '../../components/record/Facts';
import { RecordPage } from '../../components/record/RecordPage';
import { useSoftDelete } from '../../components/useSoftDelete';
import { formatDate, formatDateTime } from '../../format';
import '../../styles/organisations.css';
import { useNavigation } from '../shell/navigation';
import { RecordStatus } from '../shell/RecordStatus';
import { LinkedContactMoments } from './LinkedContactMoments';
import { OrganisationPersons } from './OrganisationPersons';

function OrganisationFacts({ item }: { item: Organisation }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="organisation-facts">
      <h2 id="organisation-facts">{t('organisations.facts')}</h2>
      <p className="prose">{item.notes || <span className="muted">{t('organisations.noNotes')}</span>}</p>
      <Facts
        facts={[
          [t('organisation.type'), t(`enums.organisationType.${item.type}`)],
          [t('organisation.municipalities'), item.municipalityNames.join(', ') || '—'],
          [t('organisation.personCount'), String(item.personCount)],
          [t('organisation.lastContactOn'), item.lastContactOn ? formatDate(item.lastContactOn) : t('organisations.never')],
          [t('organisation.updatedAt'), [formatDateTime(item.updatedAt), item.updatedBy].filter(Boolean).join(' · ')],
        ]}
      />
    </section>
  );
}

export function OrganisationPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const softDelete = useSoftDelete('organisation', id);
  const query = useQuery({ queryKey: recordKeys.organisation(id), queryFn: () => call('organisations.get', { id }) });

  if (!query.data) return <RecordStatus error={query.error} />;
  const item = query.data;
  const deleted = !!item.deletedAt;
  return (
    <RecordPage
      kicker={`${item.number} · ${t(`enums.organisationType.${item.type}`)}`}
      title={item.name}
      actions={
        <>
          <button type="button" className="button button--primary" disabled={deleted} onClick={() => navigate({ name: 'organisationForm', id: item.id })}>
            {t('organisations.edit')}
          </button>
          {!deleted && (
            <button type="button" className="button button--quiet" onClick={() => softDelete.setDeleting(true)}>
              {t('organisations.delete')}
            </button>
          )}
        </>
      }
      deletion={{
        deleted,
        message: (
          <>
            <p>{t('organisations.deleted', { at: formatDateTime(item.deletedAt) })}</p>
            {item.deletedReason && <p>{t('organisations.deletedReason', { reason: item.deletedReason })}</p>}
          </>
        ),
        restoreLabel: t('organisations.restore'),
        restore: softDelete.restore,
      }}
      main={
        <>
          <OrganisationFacts item={item} />
          <LinkedContactMoments
            filter={{ organisationIds: [item.id] }}
            prefill={{ organisationIds: [item.id], municipalities: item.municipalities }}
            disabled={deleted}
          />
        </>
      }
      side={<OrganisationPersons organisationId={item.id} disabled={deleted} />}
      history={{ entity: 'organisation', id: item.id }}
      footer={
        <DeleteRecordDialog
          softDelete={softDelete}
          title={t('organisations.deleteHeading', { number: item.number })}
          intro={item.personCount > 0 ? t('organisations.deleteIntroPersons', { count: item.personCount }) : t('organisations.deleteIntro')}
        />
      }
    />
  );
}
