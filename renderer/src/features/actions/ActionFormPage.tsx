import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpActionInput } from '../../../../shared/domain/followUpAction';
import { call } from '../../api/client';
import { recordKeys, useInvalidateRecords, useReference } from '../../api/domain';
import { ErrorAlert } from '../../components/ErrorAlert';
import { draftTitleText } from '../../components/form/formDrafts';
import { FormPage } from '../../components/form/FormPage';
import { localToday } from '../../format';
import { BackButton } from '../shell/BackButton';
import { useNavigation } from '../shell/navigation';
import { ActionFields } from './ActionFields';
import { ACTION_FORM_FIELDS, actionFormSchema, actionToValues, newActionValues, type ActionFormValues } from './actionFormValues';
import { ActionLinksField } from './ActionLinksField';
import { useLinkSources } from './useLinkSources';
import '../../styles/contactMoments.css';

interface ActionFormPageProps {
  id?: string;
  signalId?: string;
  caseId?: string;
  contactMomentId?: string;
  adviserId: string | null;
}

/** New action (on its own, or from a signal, case or contact moment) or editing one; after saving, its page. */
export function ActionFormPage({ id, signalId, caseId, contactMomentId, adviserId }: ActionFormPageProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { navigate } = useNavigation();
  const invalidate = useInvalidateRecords();
  // After a conflict the adviser loads the newest version: a fresh form (new key) with it.
  const [formKey, setFormKey] = useState(0);
  const resolver = useMemo(() => zodResolver(actionFormSchema(localToday())), []);
  const reference = useReference();
  const existing = useQuery({ queryKey: recordKeys.action(id ?? ''), queryFn: () => call('actions.get', { id: id! }), enabled: !!id });
  const sources = useLinkSources(id ? {} : { signalId, caseId, contactMomentId });
  const error = reference.error ?? existing.error ?? sources.error;
  if (error) {
    return (
      <>
        <BackButton />
        <ErrorAlert error={error} />
      </>
    );
  }
  if (!reference.data || (id && !existing.data) || !sources.ready) return <p className="muted">{t('app.loading')}</p>;
  const item = existing.data;
  const labels = item
    ? Object.fromEntries(
        [
          [item.signalId, item.signalLabel],
          [item.caseId, item.caseLabel],
          [item.contactMomentId, item.contactMomentLabel],
        ].filter((pair): pair is [string, string] => !!pair[0] && !!pair[1]),
      )
    : sources.labels;
  const describe = (values: ActionFormValues) => draftTitleText(values.description) || t('forms.untitled');
  return (
    <FormPage<ActionFormValues, FollowUpActionInput, { id: string }>
      key={formKey}
      heading={item ? t('actions.editHeading', { number: item.number }) : t('actions.newHeading')}
      resolver={resolver}
      initial={item ? actionToValues(item) : newActionValues(adviserId, sources.links)}
      fields={ACTION_FORM_FIELDS}
      draft={
        item
          ? { formKey: `action:edit:${item.id}`, route: { name: 'actionForm', id: item.id }, recordUpdatedAt: item.updatedAt, title: (values) => t('forms.draftTitle.actionEdit', { number: item.number, title: describe(values) }) }
          : { formKey: 'action:new', route: { name: 'actionForm', signalId, caseId, contactMomentId }, title: (values) => t('forms.draftTitle.actionNew', { title: describe(values) }) }
      }
      save={(input) => (item ? call('actions.update', { id: item.id, version: item.version, action: input }) : call('actions.create', input))}
      onSaved={(saved) => {
        invalidate();
        navigate({ name: 'action', id: saved.id });
      }}
      submitLabel={item ? t('actions.save') : t('actions.create')}
      onReload={async () => {
        await queryClient.invalidateQueries({ queryKey: recordKeys.action(id!) });
        setFormKey((key) => key + 1);
      }}
    >
      <ActionFields reference={reference.data} />
      <ActionLinksField initialLabels={labels} />
    </FormPage>
  );
}
