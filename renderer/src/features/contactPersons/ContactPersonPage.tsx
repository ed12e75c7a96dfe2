import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ContactPerson } from '../../../../shared/domain/contactPerson';
import { call } from '../../api/client';
import { recordKeys } from '../../api/domain';
import { Alert } from '../../components/Alert';
import { HistoryTable } from '../../components/HistoryTable';
import { ReasonDialog } from '../../components/ReasonDialog';
import { formatDate, formatDateTime, localToday } from '../../format';
import '../../styles/organisations.css';
import { LinkedContactMoments } from '../organisations/LinkedContactMoments';
import { BackButton } from '../shell/BackButton';
import { useNavigation } from '../shell/navigation';
import { PrivacySection } from './PrivacySection';
import { useSoftDelete } from '../../components/useSoftDelete';
import { RecordStatus } from '../shell/RecordStatus';
import { DeletedNotice } from '../../components/DeletedNotice';

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
  const facts: [string, React.ReactNode][] = [
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
  ];
  return (
    <section className="card" aria-labelledby="person-facts">
      <h2 id="person-facts">{t('contactPersons.facts')}</h2>
      <dl className="facts facts--columns">
        {facts.map(([term, value]) => (
          <div key={term} className="facts__item">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
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
  const { deleting, setDeleting, remove, restore } = useSoftDelete('contactPerson', id);
  const query = useQuery({ queryKey: recordKeys.contactPerson(id), queryFn: () => call('contactPersons.get', { id }) });

  if (!query.data) return <RecordStatus error={query.error} />;
  const person = query.data;
  const deleted = !!person.deletedAt;
  const reviewDue = !deleted && person.reviewOn <= localToday();
  return (
    <>
      <BackButton />
      <div className="page-header">
        <div>
          <p className="page-header__kicker">
            {person.number} · {t(`enums.contactRole.${person.role}`)}
            {person.organisationName ? ` · ${person.organisationName}` : ''}
          </p>
          <h1 className="cell-title">{person.name}</h1>
        </div>
        <div className="button-row">
          <button
            type="button"
            className="button button--primary"
            disabled={deleted}
            onClick={() => navigate({ name: 'contactPersonForm', id: person.id })}
          >
            {t('contactPersons.edit')}
          </button>
          {!deleted && (
            <button type="button" className="button button--quiet" onClick={() => setDeleting(true)}>
              {t('contactPersons.delete')}
            </button>
          )}
        </div>
      </div>
      <DeletedNotice
        deleted={deleted}
        message={
          <>
            <p>{t('contactPersons.deleted', { at: formatDateTime(person.deletedAt) })}</p>
            {person.deletedReason && <p>{t('contactPersons.deletedReason', { reason: person.deletedReason })}</p>}
          </>
        }
        restoreLabel={t('contactPersons.restore')}
        restore={restore}
      />
      {reviewDue && <Alert kind="warning">{t('contactPersons.reviewDueNotice', { date: formatDate(person.reviewOn) })}</Alert>}
      <div className="detail-layout">
        <div className="detail-layout__main">
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
        </div>
        <div className="detail-layout__side">
          <PrivacySection person={person} />
        </div>
      </div>
      <section className="card" aria-labelledby="person-history">
        <h2 id="person-history">{t('history.heading')}</h2>
        <HistoryTable
          entity="contactPerson"
          id={person.id}
          names={person.organisationId && person.organisationName ? { [person.organisationId]: person.organisationName } : {}}
        />
      </section>
      {deleting && (
        <ReasonDialog
          title={t('contactPersons.deleteHeading', { number: person.number })}
          intro={t('contactPersons.deleteIntro')}
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
