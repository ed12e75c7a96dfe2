import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseInput } from '../../../../shared/domain/case';
import { call } from '../../api/client';
import { recordKeys, useInvalidateRecords, useReference } from '../../api/domain';
import { ErrorAlert } from '../../components/ErrorAlert';
import { draftTitleText } from '../../components/form/formDrafts';
import { FormPage } from '../../components/form/FormPage';
import { localToday } from '../../format';
import { useNavigation } from '../shell/navigation';
import { CaseFields } from './CaseFields';
import { CASE_FORM_FIELDS, caseFormSchema, caseToValues, newCaseValues, type CaseFormValues } from './caseFormValues';
import { SignalsToLink, useSignalsToLink } from './SignalsToLink';

interface CaseFormPageProps {
  id?: string;
  signalIds?: string[];
  adviserId: string | null;
}

const resolver = zodResolver(caseFormSchema);

/** New case (on its own or from selected signals) or editing one; after saving, the case page. */
export function CaseFormPage({ id, signalIds = [], adviserId }: CaseFormPageProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { navigate } = useNavigation();
  const invalidate = useInvalidateRecords();
  // After a conflict the adviser loads the newest version: a fresh form (new key) with it.
  const [formKey, setFormKey] = useState(0);
  const reference = useReference();
  const existing = useQuery({ queryKey: recordKeys.case(id ?? ''), queryFn: () => call('cases.get', { id: id! }), enabled: !!id });
  const linked = useSignalsToLink(signalIds);
  if (reference.error || existing.error) return <ErrorAlert error={reference.error ?? existing.error} />;
  if (!reference.data || (id && !existing.data) || !linked.ready) return <p className="muted">{t('app.loading')}</p>;
  const item = existing.data;
  // Signals that start a case lend it their places and themes; the adviser can still change them.
  const initial = item
    ? caseToValues(item)
    : {
        ...newCaseValues(localToday(), adviserId),
        title: linked.signals.length === 1 ? linked.signals[0]!.title : '',
        municipalities: linked.municipalities,
        themes: linked.themes,
      };
  const describe = (values: CaseFormValues) => draftTitleText(values.title) || t('forms.untitled');
  return (
    <FormPage<CaseFormValues, CaseInput, { id: string }>
      key={formKey}
      heading={item ? t('caseForm.editHeading', { number: item.number }) : t('caseForm.newHeading')}
      lead={linked.signals.length > 0 && <SignalsToLink signals={linked.signals} />}
      resolver={resolver}
      initial={initial}
      fields={CASE_FORM_FIELDS}
      draft={
        item
          ? { formKey: `case:edit:${item.id}`, route: { name: 'caseForm', id: item.id }, recordUpdatedAt: item.updatedAt, title: (values) => t('forms.draftTitle.caseEdit', { number: item.number, title: describe(values) }) }
          : // A case started from signals is a different form from an empty new case.
            { formKey: signalIds.length ? 'case:new:signals' : 'case:new', route: { name: 'caseForm', signalIds }, title: (values) => t('forms.draftTitle.caseNew', { title: describe(values) }) }
      }
      save={(input) =>
        item ? call('cases.update', { id: item.id, version: item.version, case: input }) : call('cases.create', { ...input, signalIds })
      }
      onSaved={(saved) => {
        invalidate();
        navigate({ name: 'case', id: saved.id });
      }}
      submitLabel={item ? t('caseForm.save') : t('caseForm.create')}
      onReload={async () => {
        await queryClient.invalidateQueries({ queryKey: recordKeys.case(id!) });
        setFormKey((key) => key + 1);
      }}
    >
      <CaseFields reference={reference.data} />
    </FormPage>
  );
}
