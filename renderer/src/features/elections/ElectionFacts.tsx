import { useTranslation } from 'react-i18next';
import type { Election } from '../../../../shared/domain/election';
import { municipalityName, useReference } from '../../api/domain';
import { Facts } from '../../components/record/Facts';
import { formatDate, formatDateTime, localToday } from '../../format';
import { useNavigation } from '../shell/navigation';
import { countryName, kindAndRound, longDate } from './electionText';

/** What is known of the election, and where that comes from. */
export function ElectionFacts({ election }: { election: Election }) {
  const { t, i18n } = useTranslation();
  const period =
    election.votingFrom || election.votingTo
      ? t('elections.votingPeriodValue', { from: formatDate(election.votingFrom), to: formatDate(election.votingTo) })
      : t('elections.noVotingPeriod');
  return (
    <section className="card" aria-labelledby="election-facts">
      <h2 id="election-facts">{t('elections.facts')}</h2>
      <Facts
        facts={[
          [t('elections.field.country'), `${countryName(election.country, i18n.language)} (${election.country})`],
          [t('elections.field.kind'), kindAndRound(t, election.kind, election.round)],
          [t('elections.field.date'), longDate(election.date, i18n.language, election.precision)],
          [t('elections.field.precision'), t(`elections.precision.${election.precision}`)],
          [t('elections.field.status'), t(`elections.status.${election.status}`)],
          [t('elections.field.votingPeriod'), period],
          [t('elections.field.source'), election.source],
          [t('elections.field.verifiedOn'), formatDate(election.verifiedOn)],
          [t('elections.updatedAt'), [formatDateTime(election.updatedAt), election.updatedBy].filter(Boolean).join(' · ')],
        ]}
      />
      {election.notes ? <p className="prose elections-notes">{election.notes}</p> : <p className="muted elections-notes">{t('elections.noNotes')}</p>}
    </section>
  );
}

/** The campaign window: from when to when, whether it runs now, and the rule behind it. */
export function CampaignWindowSection({ election }: { election: Election }) {
  const { t, i18n } = useTranslation();
  const from = election.campaignWindowFrom;
  const to = election.campaignWindowTo ?? election.date;
  let text: string;
  if (election.isEu) text = t('elections.ruleEu', { country: countryName(election.country, i18n.language) });
  else if (!from) text = t('elections.ruleYear');
  else {
    const dates = { from: longDate(from, i18n.language), to: longDate(to, i18n.language) };
    const today = localToday();
    text = election.windowOpen ? t('elections.windowNow', dates) : today < from ? t('elections.windowLater', dates) : t('elections.windowPast', dates);
  }
  return (
    <section className="card" aria-labelledby="election-window">
      <h2 id="election-window">
        {t('elections.windowHeading')}{' '}
        {election.windowOpen && <span className="badge elections-badge--open">{t('elections.windowOpen')}</span>}
      </h2>
      <p className="elections-rule">{text}</p>
      {election.campaignWindowApproximate && <p>{t('elections.windowApprox')}</p>}
      <p className="muted">{t('elections.windowRule')}</p>
    </section>
  );
}

/** The polling places in the Netherlands, each with its municipality's page. */
export function VotingPlacesSection({ election }: { election: Election }) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  return (
    <section className="card" aria-labelledby="election-places">
      <h2 id="election-places">{t('elections.field.votingPlaces')}</h2>
      {election.votingPlaces.length === 0 ? (
        <p className="muted">{t('elections.placesEmpty')}</p>
      ) : (
        <ul className="plain-list elections-places__list">
          {election.votingPlaces.map((place, index) => (
            <li key={`${place.name}-${index}`}>
              <strong>{place.name}</strong> ({t(`elections.votingPlaceKind.${place.kind}`)}) ·{' '}
              <MunicipalityLink code={place.municipalityCode} onOpen={() => navigate({ name: 'municipality', code: place.municipalityCode })} />
              {place.address && <> · {place.address}</>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function MunicipalityLink({ code, onOpen }: { code: string; onOpen: () => void }) {
  const reference = useReference();
  return (
    <button type="button" className="link-button" onClick={onOpen}>
      {municipalityName(reference.data, code)}
    </button>
  );
}
