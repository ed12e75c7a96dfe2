import { z } from 'zod';
import { electionFieldsSchema, type Election, type ElectionFieldsDraft } from '../../../../shared/domain/election';
import { storedDate } from './electionText';

/** One polling place as the form's inputs hold it. */
export interface VotingPlaceValues {
  kind: string;
  name: string;
  municipalityCode: string;
  address: string;
}

/** What the election form's inputs hold ('' = not given); validated through the shared schema. */
export interface ElectionFormValues {
  country: string;
  kind: string;
  round: string;
  date: string;
  precision: string;
  status: string;
  title: string;
  votingFrom: string;
  votingTo: string;
  votingPlaces: VotingPlaceValues[];
  source: string;
  verifiedOn: string;
  notes: string;
}

const orNull = (value: string): string | null => (value === '' ? null : value);

const formShape = z.object({
  country: z.string(),
  kind: z.string(),
  round: z.string(),
  date: z.string(),
  precision: z.string(),
  status: z.string(),
  title: z.string(),
  votingFrom: z.string(),
  votingTo: z.string(),
  votingPlaces: z.array(z.object({ kind: z.string(), name: z.string(), municipalityCode: z.string(), address: z.string() })),
  source: z.string(),
  verifiedOn: z.string(),
  notes: z.string(),
});

export const ELECTION_FORM_FIELDS = Object.keys(formShape.shape);

/**
 * The form's schema: the inputs become the contract's fields (the date as it
 * is stored for its precision: the 1st of the month, or 1 January), then the
 * shared schema and rules check them, so form and service never disagree.
 */
export const electionFormSchema = formShape
  .transform(
    (values) =>
      ({
        ...values,
        round: Number(values.round),
        date: storedDate(values.date, values.precision),
        votingFrom: orNull(values.votingFrom),
        votingTo: orNull(values.votingTo),
      }) as ElectionFieldsDraft,
  )
  .pipe(electionFieldsSchema);

export function toElectionFormValues(item: Election | undefined, today: string): ElectionFormValues {
  if (!item) {
    return {
      country: '',
      kind: '',
      round: '1',
      date: '',
      precision: 'day',
      status: 'aangekondigd',
      title: '',
      votingFrom: '',
      votingTo: '',
      votingPlaces: [],
      source: '',
      verifiedOn: today,
      notes: '',
    };
  }
  return {
    country: item.country,
    kind: item.kind,
    round: String(item.round),
    date: item.date,
    precision: item.precision,
    status: item.status,
    title: item.title,
    votingFrom: item.votingFrom ?? '',
    votingTo: item.votingTo ?? '',
    votingPlaces: item.votingPlaces.map((place) => ({ ...place, address: place.address ?? '' })),
    source: item.source,
    verifiedOn: item.verifiedOn,
    notes: item.notes,
  };
}

export const emptyVotingPlace = (): VotingPlaceValues => ({ kind: 'consulaat', name: '', municipalityCode: '', address: '' });
