import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { campaignWindowOf, isInsideCampaignWindow } from '../../../../shared/domain/campaignWindow';
import { isEuMemberState } from '../../../../shared/domain/euMemberStates';
import type { CampaignVisit, CampaignVisitFields, Election } from '../../../../shared/domain/election';
import { isIsoDate } from '../../../../shared/domain/fields';
import type { ReferenceData } from '../../../../shared/domain/history';
import { call } from '../../api/client';
import { useReference } from '../../api/domain';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { draftTitleText } from '../../components/form/formDrafts';
import { FormPage } from '../../components/form/FormPage';
import { messageText } from '../../components/messages';
import { MunicipalityPicker } from '../../components/MunicipalityPicker';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import '../../styles/elections.css';
import { useNavigation } from '../shell/navigation';
import {
  CAMPAIGN_VISIT_FORM_FIELDS,
  campaignVisitFormSchema,
  toCampaignVisitFormValues,
  type CampaignVisitFormValues,
} from './campaignVisitFormValues';
import { CountrySelect } from './CountrySelect';
import { electionKeys, useInvalidateElections } from './electionQueries';
import { countryName, electionTitle, longDate } from './electionText';
import { nestedServerIssues } from './nestedServerIssues';

const resolver = zodResolver(campaignVisitFormSchema);

/** A new campaign visit (from an election's page) or a change to one; after saving, the election's page. */
export function CampaignVisitFormPage({ id, electionId }: { id?: string; electionId?: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { navigate } = useNavigation();
  const invalidate = useInvalidateElections();
  const [formKey, setFormKey] = useState(0);
  const reference = useReference();
  const elections = useQuery({ queryKey: electionKeys.list(true, ''), queryFn: () => call('elections.list', { includePast: true }) });
  // There is no campaignVisits.get: the election's visits hold it.
  const visits = useQuery({
    queryKey: electionKeys.visit(id ?? ''),
    queryFn: () => call('campaignVisits.list', electionId ? { electionId } : {}),
    enabled: !!id,
  });
  const error = reference.error ?? elections.error ?? visits.error;
  if (error) return <ErrorAlert error={error} />;
  if (!reference.data || !elections.data || (id && !visits.data)) return <p className="muted">{t('app.loading')}</p>;
  const item = id ? visits.data?.find((visit) => visit.id === id) : undefined;
  const startElection = elections.data.find((election) => election.id === (item?.electionId ?? electionId));
  const describe = (values: CampaignVisitFormValues) => draftTitleText(values.visitor) || t('forms.untitled');
  return (
    <FormPage<CampaignVisitFormValues, CampaignVisitFields, CampaignVisit>
      key={formKey}
      heading={item ? t('campaignVisits.editHeading', { number: item.number }) : t('campaignVisits.newHeading')}
      resolver={resolver}
      initial={toCampaignVisitFormValues(item, startElection?.id ?? '', startElection?.country ?? '')}
      fields={CAMPAIGN_VISIT_FORM_FIELDS}
      mapServerIssues={nestedServerIssues<CampaignVisitFormValues>('visit', CAMPAIGN_VISIT_FORM_FIELDS)}
      draft={
        item
          ? {
              formKey: `campaignVisit:edit:${item.id}`,
              route: { name: 'campaignVisitForm', id: item.id, electionId: item.electionId },
              recordUpdatedAt: item.updatedAt,
              title: (values) => t('campaignVisits.draftEdit', { number: item.number, title: describe(values) }),
            }
          : {
              formKey: `campaignVisit:new:${electionId ?? ''}`,
              route: { name: 'campaignVisitForm', electionId },
              title: (values) => t('campaignVisits.draftNew', { title: describe(values) }),
            }
      }
      save={(visit) => (item ? call('campaignVisits.update', { id: item.id, version: item.version, visit }) : call('campaignVisits.create', { visit }))}
      onSaved={(saved) => {
        invalidate();
        navigate({ name: 'election', id: saved.electionId });
      }}
      submitLabel={item ? t('campaignVisits.save') : t('campaignVisits.create')}
      onReload={async () => {
        await queryClient.invalidateQueries({ queryKey: electionKeys.visit(id ?? '') });
        setFormKey((key) => key + 1);
      }}
    >
      <CampaignVisitFields elections={elections.data} reference={reference.data} />
    </FormPage>
  );
}

function CampaignVisitFields({ elections, reference }: { elections: Election[]; reference: ReferenceData }) {
  const { t, i18n } = useTranslation();
  const { register, control, formState } = useFormContext<CampaignVisitFormValues>();
  const error = (name: keyof CampaignVisitFormValues) => messageText(t, formState.errors[name]?.message);
  return (
    <>
      <SelectField label={t('campaignVisits.field.election')} error={error('electionId')} {...register('electionId')}>
        <option value="">{t('common.choose')}</option>
        {elections.map((election) => (
          <option key={election.id} value={election.id}>
            {electionTitle(t, election, i18n.language)} · {longDate(election.date, i18n.language, election.precision)}
          </option>
        ))}
      </SelectField>
      <Field
        label={t('campaignVisits.field.visitor')}
        error={error('visitor')}
        maxLength={200}
        // The form opens to register a visit: typing starts with who comes.
        // eslint-disable-next-line jsx-a11y/no-autofocus
        autoFocus
        {...register('visitor')}
      />
      <CountrySelect label={t('campaignVisits.field.government')} error={error('government')} {...register('government')} />
      <Field type="date" label={t('campaignVisits.field.date')} error={error('date')} {...register('date')} />
      <VisitWindowCheck elections={elections} />
      <Field label={t('campaignVisits.field.place')} error={error('place')} maxLength={200} {...register('place')} />
      <Controller
        control={control}
        name="municipalityCode"
        render={({ field, fieldState }) => (
          <MunicipalityPicker
            label={t('campaignVisits.field.municipality')}
            municipalities={reference.municipalities}
            value={field.value ? [field.value] : []}
            onChange={(codes) => field.onChange(codes.at(-1) ?? '')}
            onBlur={field.onBlur}
            ref={field.ref}
            error={messageText(t, fieldState.error?.message)}
          />
        )}
      />
      <Field type="date" label={t('campaignVisits.field.notified')} error={error('notifiedToForeignAffairsOn')} {...register('notifiedToForeignAffairsOn')} />
      <TextAreaField label={t('campaignVisits.field.notes')} error={error('notes')} rows={3} maxLength={5000} {...register('notes')} />
    </>
  );
}

/** Live under the date: whether the visit falls in the window, and whether the ban applies to this government. */
function VisitWindowCheck({ elections }: { elections: Election[] }) {
  const { t, i18n } = useTranslation();
  const [electionId, government, date] = useWatch<CampaignVisitFormValues, ['electionId', 'government', 'date']>({
    name: ['electionId', 'government', 'date'],
  });
  const election = elections.find((candidate) => candidate.id === electionId);
  if (!election || !isIsoDate(date) || !government) return null;
  const window = campaignWindowOf(election.country, election.date, election.precision);
  if (!window.from || !window.to) return <p className="elections-rule" aria-live="polite">{t('campaignVisits.checkNoWindow')}</p>;
  const words = { from: longDate(window.from, i18n.language), to: longDate(window.to, i18n.language), country: countryName(government, i18n.language) };
  const inside = isInsideCampaignWindow(date, window);
  const key = !inside ? 'campaignVisits.checkOutside' : isEuMemberState(government) ? 'campaignVisits.checkInside' : 'campaignVisits.checkFlagged';
  return (
    <p className={`elections-rule${inside && !isEuMemberState(government) ? ' elections-rule--flagged' : ''}`} aria-live="polite">
      {t(key, words)}
    </p>
  );
}
