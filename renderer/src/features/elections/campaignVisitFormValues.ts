import { z } from 'zod';
import { campaignVisitFieldsSchema, type CampaignVisit, type CampaignVisitFieldsDraft } from '../../../../shared/domain/election';

/** What the visit form's inputs hold ('' = not given); validated through the shared schema. */
export interface CampaignVisitFormValues {
  electionId: string;
  visitor: string;
  government: string;
  date: string;
  place: string;
  municipalityCode: string;
  notifiedToForeignAffairsOn: string;
  notes: string;
}

const orNull = (value: string): string | null => (value === '' ? null : value);

const formShape = z.object({
  electionId: z.string(),
  visitor: z.string(),
  government: z.string(),
  date: z.string(),
  place: z.string(),
  municipalityCode: z.string(),
  notifiedToForeignAffairsOn: z.string(),
  notes: z.string(),
});

export const CAMPAIGN_VISIT_FORM_FIELDS = Object.keys(formShape.shape);

export const campaignVisitFormSchema = formShape
  .transform(
    (values) =>
      ({
        ...values,
        municipalityCode: orNull(values.municipalityCode),
        notifiedToForeignAffairsOn: orNull(values.notifiedToForeignAffairsOn),
      }) as CampaignVisitFieldsDraft,
  )
  .pipe(campaignVisitFieldsSchema);

export function toCampaignVisitFormValues(item: CampaignVisit | undefined, electionId: string, government: string): CampaignVisitFormValues {
  if (!item) {
    return { electionId, visitor: '', government, date: '', place: '', municipalityCode: '', notifiedToForeignAffairsOn: '', notes: '' };
  }
  return {
    electionId: item.electionId,
    visitor: item.visitor,
    government: item.government,
    date: item.date,
    place: item.place,
    municipalityCode: item.municipalityCode ?? '',
    notifiedToForeignAffairsOn: item.notifiedToForeignAffairsOn ?? '',
    notes: item.notes,
  };
}
