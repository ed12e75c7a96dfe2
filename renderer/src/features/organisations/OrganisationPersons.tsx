import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { recordKeys } from '../../api/domain';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../format';
import { useNavigation } from '../shell/navigation';

/** The live contact persons of an organisation, with a button to add one there. */
export function OrganisationPersons({ organisationId, disabled }: { organisationId: string; disabled: boolean }) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const query = { filters: { organisationIds: [organisationId] }, page: { offset: 0, limit: 200 } };
  const persons = useQuery({
    queryKey: [...recordKeys.contactPersons, 'list', query],
    queryFn: () => call('contactPersons.list', query),
  });
  const rows = persons.data?.rows ?? [];
  return (
    <section className="card" aria-labelledby="organisation-persons">
      <h2 id="organisation-persons">{t('organisations.persons')}</h2>
      <ErrorAlert error={persons.error} />
      {persons.data && rows.length === 0 && <p className="muted">{t('organisations.noPersons')}</p>}
      {rows.length > 0 && (
        <ul className="plain-list organisations-people">
          {rows.map((person) => (
            <li key={person.id}>
              <button type="button" className="link-button" onClick={() => navigate({ name: 'contactPerson', id: person.id })}>
                {person.name}
              </button>
              <span className="muted">
                {[person.function, t(`enums.contactRole.${person.role as 'sleutelfiguur'}`)].filter(Boolean).join(' · ')}
              </span>
              {person.lastContactOn && (
                <span className="muted">
                  {t('contactPerson.lastContactOn')}: {formatDate(person.lastContactOn)}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="actions">
        <button
          type="button"
          className="button button--small"
          disabled={disabled}
          onClick={() => navigate({ name: 'contactPersonForm', organisationId })}
        >
          {t('organisations.newPerson')}
        </button>
      </div>
    </section>
  );
}
