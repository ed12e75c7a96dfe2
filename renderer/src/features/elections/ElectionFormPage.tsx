import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Election, ElectionFields as ElectionFieldValues } from '../../../../shared/domain/election';
import { call } from '../../api/client';
import { useReference } from '../../api/domain';
import { ErrorAlert } from '../../components/ErrorAlert';
import { draftTitleText } from '../../components/form/formDrafts';
import { FormPage } from '../../components/form/FormPage';
import { localToday } from '../../format';
import '../../styles/elections.css';
import { useNavigation } from '../shell/navigation';
import { ElectionFields } from './ElectionFields';
import { ELECTION_FORM_FIELDS, electionFormSchema, toElectionFormValues, type ElectionFormValues } from './electionFormValues';
import { electionKeys, useInvalidateElections } from './electionQueries';
import { countryName } from './electionText';
import { nestedServerIssues } from './nestedServerIssues';

const resolver = zodResolver(electionFormSchema);

/** A new election or a change to one; after saving, the election's page. */
export function ElectionFormPage({ id }: { id?: string }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const { navigate } = useNavigation();
  const invalidate = useInvalidateElections();
  const [formKey, setFormKey] = useState(0);
  const reference = useReference();
  const existing = useQuery({ queryKey: electionKeys.one(id ?? ''), queryFn: () => call('elections.get', { id: id ?? '' }), enabled: !!id });
  if (reference.error || existing.error) return <ErrorAlert error={reference.error ?? existing.error} />;
  if (!reference.data || (id && !existing.data)) return <p className="muted">{t('app.loading')}</p>;
  const item = existing.data;
  const describe = (values: ElectionFormValues) =>
    draftTitleText([values.country ? countryName(values.country, i18n.language) : '', values.date].filter(Boolean).join(' ')) || t('forms.untitled');
  return (
    <FormPage<ElectionFormValues, ElectionFieldValues, Election>
      key={formKey}
      heading={item ? t('elections.editHeading', { number: item.number }) : t('elections.newHeading')}
      resolver={resolver}
      initial={toElectionFormValues(item, localToday())}
      fields={ELECTION_FORM_FIELDS}
      mapServerIssues={nestedServerIssues<ElectionFormValues>('election', ELECTION_FORM_FIELDS)}
      draft={
        item
          ? {
              formKey: `election:edit:${item.id}`,
              route: { name: 'electionForm', id: item.id },
              recordUpdatedAt: item.updatedAt,
              title: (values) => t('elections.draftEdit', { number: item.number, title: describe(values) }),
            }
          : { formKey: 'election:new', route: { name: 'electionForm' }, title: (values) => t('elections.draftNew', { title: describe(values) }) }
      }
      save={(election) => (item ? call('elections.update', { id: item.id, version: item.version, election }) : call('elections.create', { election }))}
      onSaved={(saved) => {
        invalidate();
        navigate({ name: 'election', id: saved.id });
      }}
      submitLabel={item ? t('elections.save') : t('elections.create')}
      onReload={async () => {
        await queryClient.invalidateQueries({ queryKey: electionKeys.one(id ?? '') });
        setFormKey((key) => key + 1);
      }}
    >
      <ElectionFields reference={reference.data} />
    </FormPage>
  );
}
