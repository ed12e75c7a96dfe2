import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ContactPerson } from '../../../../shared/domain/contactPerson';
import { call } from '../../api/client';
import { recordKeys } from '../../api/domain';
import { Alert } from '../../components/Alert';
import { DeleteRecordDialog } from '../../components/record/DeleteRecordDialog';
import { Facts } from '../../components/record/Facts';
import { RecordPage } from '../../components/record/RecordPage';
import { useSoftDelete } from '../../components/useSoftDelete';
import { formatDate, formatDateTime, localToday } from '../../format';
import '../../styles/organisations.css';
import { LinkedContactMoments } from '../organisations/LinkedContactMoments';
import { useNavigation } from '../shell/navigation';
import { RecordStatus } from '../shell/RecordStatus';
import { PrivacySection } from './PrivacySection';

function PersonFacts({ person }: { person: ContactPerson }) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const organisation = person.organisationId ? (
    <button type="button" className="link-button" onClick={() => navigate({ name: 'organisation', id: person.organisationId ?? '' })}>
      {person.organisationDeleted
        ? t('contactPersons.organisationDeleted', { name: person.organisationName ?? '' })
        : person.organisationName}
    </button>
  ) : (
    t('contactPersons.noOrganisation')
  );
  return (
    <section className="card" aria-labelledby="person-facts">
      <h2 id="person-facts">{t('contactPersons.facts')}</h2>
      <Facts
        facts={[
          [t('contactPerson.function'), person.function || '—'],
          [t('contactPerson.role'), t(`enums.contactRole.${person.role}`)],
          [t('contactPerson.organisationId'), organisation],
          [t('contactPerson.municipalities'), person.municipalityNames.join(', ') || '—'],
          [t('contactPerson.email'), person.email || '—'],
          [t('contactPerson.phone'), person.phone || '—'],
          [t('contactPerson.lastContactOn'), person.lastContactOn ? formatDate(person.lastContactOn) : t('organisations.never')],
          [t('contactPerson.legalBasis'), t(`enums.legalBasis.${person.legalBasis}`)],
          [t('contactPerson.reviewOn'), formatDate(person.reviewOn)],
          [t('contactPerson.updatedAt'), [formatDateTime(person.updatedAt), person.updatedBy].filter(Boolean).join(' · ')],
        ]}
      />
      {person.notes && (
        <>
          <h3>{t('contactPerson.notes')}</h3>
          <p className="prose">{person.notes}</p>
        </>
      )}
    </section>
  );
}

export function ContactPersonPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const softDelete = useSoftDelete('contactPerson', id);
  const query = useQuery({ queryKey: recordKeys.contactPerson(id), queryFn: () => call('contactPersons.get', { id }) });

  if (!query.data) return <RecordStatus error={query.error} />;
  const person = query.data;
  const deleted = !!person.deletedAt;
  const reviewDue = !deleted && person.reviewOn <= localToday();
  return (
    <RecordPage
      kicker={`${person.number} · ${t(`enums.contactRole.${person.role}`)}${person.organisationName ? ` · ${person.organisationName}` : ''}`}
      title={person.name}
      actions={
        <>
          <button type="button" className="button button--primary" disabled={deleted} onClick={() => navigate({ name: 'contactPersonForm', id: person.id })}>
            {t('contactPersons.edit')}
          </button>
          {!deleted && (
            <button type="button" className="button button--quiet" onClick={() => softDelete.setDeleting(true)}>
              {t('contactPersons.delete')}
            </button>
          )}
        </>
      }
      deletion={{
        deleted,
        message: (
          <>
            <p>{t('contactPersons.deleted', { at: formatDateTime(person.deletedAt) })}</p>
            {person.deletedReason && <p>{t('contactPersons.deletedReason', { reason: person.deletedReason })}</p>}
          </>
        ),
        restoreLabel: t('contactPersons.restore'),
        restore: softDelete.restore,
      }}
      notices={reviewDue && <Alert kind="warning">{t('contactPersons.reviewDueNotice', { date: formatDate(person.reviewOn) })}</Alert>}
      main={
        <>
          <PersonFacts person={person} />
          <LinkedContactMoments
            filter={{ personIds: [person.id] }}
            prefill={{
              personIds: [person.id],
              organisationIds: person.organisationId && !person.organisationDeleted ? [person.organisationId] : [],
              municipalities: person.municipalities,
            }}
            disabled={deleted}
          />
        </>
      }
      side={<PrivacySection person={person} />}
      history={{
        entity: 'contactPerson',
        id: person.id,
        names: person.organisationId && person.organisationName ? { [person.organisationId]: person.organisationName } : {},
      }}
      footer={
        <DeleteRecordDialog softDelete={softDelete} title={t('contactPersons.deleteHeading', { number: person.number })} intro={t('contactPersons.deleteIntro')} />
      }
    />
  );
}
