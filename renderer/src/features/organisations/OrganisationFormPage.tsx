import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_TYPES } from '../../../../shared/domain/enums';
import type { ReferenceData } from '../../../../shared/domain/history';
import {
  organisationInputSchema,
  type Organisation,
  type OrganisationInput,
  type OrganisationInputDraft,
} from '../../../../shared/domain/organisation';
import { ApiError, call } from '../../api/client';
import { recordKeys, useInvalidateRecords, useReference } from '../../api/domain';
import { Alert } from '../../components/Alert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { messageText } from '../../components/messages';
import { MunicipalityPicker } from '../../components/MunicipalityPicker';
import { SelectField } from '../../components/SelectField';
import { applyServerIssues } from '../../components/serverIssues';
import { TextAreaField } from '../../components/TextAreaField';
import { useShortcut } from '../../hooks/useShortcut';
import { BackButton } from '../shell/BackButton';
import { useNavigation } from '../shell/navigation';

type OrganisationFormValues = OrganisationInputDraft;
const FIELDS = Object.keys(organisationInputSchema.shape);

const toValues = (item?: Organisation): OrganisationFormValues =>
  item
    ? { name: item.name, type: item.type, municipalities: item.municipalities, notes: item.notes }
    : { name: '', type: '' as OrganisationFormValues['type'], municipalities: [], notes: '' };

/** New organisation or editing one; after saving, the organisation's page. */
export function OrganisationFormPage({ id }: { id?: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // After a conflict the adviser loads the newest version: a fresh form (new key) with it.
  const [formKey, setFormKey] = useState(0);
  const reference = useReference();
  const existing = useQuery({
    queryKey: recordKeys.organisation(id ?? ''),
    queryFn: () => call('organisations.get', { id: id ?? '' }),
    enabled: !!id,
  });
  if (reference.error || existing.error) return <ErrorAlert error={reference.error ?? existing.error} />;
  if (!reference.data || (id && !existing.data)) return <p className="muted">{t('app.loading')}</p>;
  const item = existing.data;
  return (
    <>
      <BackButton />
      <h1>{item ? t('organisations.editHeading', { number: item.number }) : t('organisations.newHeading')}</h1>
      <OrganisationForm
        key={formKey}
        reference={reference.data}
        existing={item}
        onReload={async () => {
          await queryClient.invalidateQueries({ queryKey: recordKeys.organisation(id ?? '') });
          setFormKey((key) => key + 1);
        }}
      />
    </>
  );
}

interface OrganisationFormProps {
  reference: ReferenceData;
  existing?: Organisation;
  onReload: () => Promise<void>;
}

function OrganisationForm({ reference, existing, onReload }: OrganisationFormProps) {
  const { t } = useTranslation();
  const { navigate, back } = useNavigation();
  const invalidate = useInvalidateRecords();
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const form = useForm<OrganisationFormValues, unknown, OrganisationInput>({
    resolver: zodResolver(organisationInputSchema),
    defaultValues: toValues(existing),
    mode: 'onTouched',
  });
  const { register, control, handleSubmit, setError, formState } = form;
  const error = (name: keyof OrganisationFormValues) => messageText(t, formState.errors[name]?.message);
  const save = useMutation({
    mutationFn: (input: OrganisationInput) =>
      existing
        ? call('organisations.update', { id: existing.id, version: existing.version, organisation: input })
        : call('organisations.create', input),
    onSuccess: (saved) => {
      invalidate();
      navigate({ name: 'organisation', id: saved.id });
    },
    onError: (failure) => setUnmatched(applyServerIssues(failure, FIELDS, setError)),
  });
  const { mutate } = save;
  const submit = useCallback(() => void handleSubmit((input) => mutate(input))(), [handleSubmit, mutate]);
  useShortcut('enter', submit);
  const conflict = save.error instanceof ApiError && save.error.code === 'CONFLICT';

  return (
    <form
      className="card"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Field
        label={t('organisation.name')}
        error={error('name')}
        maxLength={200}
        // The form opens to create or change an organisation: typing starts in the name.
        // eslint-disable-next-line jsx-a11y/no-autofocus
        autoFocus
        {...register('name')}
      />
      <SelectField label={t('organisation.type')} error={error('type')} {...register('type')}>
        <option value="">{t('common.choose')}</option>
        {ORGANISATION_TYPES.map((code) => (
          <option key={code} value={code}>
            {t(`enums.organisationType.${code}`)}
          </option>
        ))}
      </SelectField>
      <Controller
        control={control}
        name="municipalities"
        render={({ field, fieldState }) => (
          <MunicipalityPicker
            label={t('organisation.municipalities')}
            municipalities={reference.municipalities}
            value={field.value ?? []}
            onChange={field.onChange}
            onBlur={field.onBlur}
            ref={field.ref}
            error={messageText(t, fieldState.error?.message)}
          />
        )}
      />
      <TextAreaField label={t('organisation.notes')} error={error('notes')} rows={4} maxLength={5000} {...register('notes')} />
      {unmatched.map((message) => (
        <Alert key={message} kind="error">
          {messageText(t, message)}
        </Alert>
      ))}
      {conflict ? (
        <Alert kind="error">
          {t('errors.CONFLICT')}{' '}
          <button type="button" className="link-button" onClick={() => void onReload()}>
            {t('organisations.loadNewest')}
          </button>
        </Alert>
      ) : (
        !(save.error instanceof ApiError && save.error.code === 'INVALID_INPUT') && <ErrorAlert error={save.error} />
      )}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={save.isPending} aria-keyshortcuts="Control+Enter">
          {existing ? t('organisations.save') : t('organisations.create')} <kbd>Ctrl+Enter</kbd>
        </button>
        <button type="button" className="button button--quiet" onClick={back}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
