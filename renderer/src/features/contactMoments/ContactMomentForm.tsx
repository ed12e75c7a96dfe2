import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { Controller, FormProvider, useForm, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { PickerOption } from '../../../../shared/contract/networkChannels';
import type { ContactMoment, CreateContactMomentInput } from '../../../../shared/domain/contactMoment';
import { CLASSIFICATIONS, CONTACT_FORMS } from '../../../../shared/domain/enums';
import type { ReferenceData } from '../../../../shared/domain/history';
import { ApiError, call } from '../../api/client';
import { useInvalidateRecords, useReferenceLabel } from '../../api/domain';
import { Alert } from '../../components/Alert';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { messageText } from '../../components/messages';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { localToday } from '../../format';
import { useShortcut } from '../../hooks/useShortcut';
import { useNavigation } from '../shell/navigation';
import { CONTACT_MOMENT_FORM_FIELDS, contactMomentFormSchema, type ContactMomentFormValues } from './contactMomentFormValues';
import { LinkFields } from './LinkFields';
import { NewActionsFields } from './NewActionsFields';
import { ParticipantFields } from './ParticipantFields';

interface ContactMomentFormProps {
  reference: ReferenceData;
  initial: ContactMomentFormValues;
  existing?: ContactMoment;
  organisations: PickerOption[];
  persons: PickerOption[];
  /** Names of records already linked (case, signals, organisations, persons), by id. */
  labels: Record<string, string>;
  adviserId: string | null;
  /** After a conflict: load the newest version into a fresh form. */
  onReload: () => Promise<void>;
}

/**
 * The contact moment form, built to be filled by keyboard in one go: every
 * field in reading order, pickers that take a few letters and Enter, inline
 * follow-up actions, and Ctrl+Enter to save. Problems the service finds are
 * put next to their fields, those of an inline action next to that action's.
 */
export function ContactMomentForm(props: ContactMomentFormProps) {
  const { reference, initial, existing, organisations, persons, labels, adviserId, onReload } = props;
  const { t } = useTranslation();
  const label = useReferenceLabel();
  const { navigate, back } = useNavigation();
  const invalidate = useInvalidateRecords();
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const schema = useMemo(() => contactMomentFormSchema(localToday()), []);
  const form = useForm<ContactMomentFormValues, unknown, CreateContactMomentInput>({
    resolver: zodResolver(schema),
    defaultValues: initial,
    mode: 'onTouched',
  });
  const { handleSubmit, setError, register, control, formState } = form;
  const save = useMutation({
    mutationFn: ({ actions, ...input }: CreateContactMomentInput) =>
      existing
        ? call('contactMoments.update', { id: existing.id, version: existing.version, contactMoment: input })
        : call('contactMoments.create', { ...input, actions }),
    onSuccess: (saved) => {
      invalidate();
      navigate({ name: 'contactMoment', id: saved.id });
    },
    onError: (error) => {
      const unmatched: string[] = [];
      const issues = error instanceof ApiError && error.code === 'INVALID_INPUT' ? error.issues : [];
      issues.forEach((issue, index) => {
        // An inline action's issue names its own input ('actions.0.description'); others their field.
        const field = issue.path.startsWith('actions.') ? issue.path : (issue.path.split('.')[0] ?? '');
        if (field.startsWith('actions.') || CONTACT_MOMENT_FORM_FIELDS.includes(field)) {
          setError(field as Path<ContactMomentFormValues>, { type: 'server', message: issue.message }, { shouldFocus: index === 0 });
        } else {
          unmatched.push(issue.message);
        }
      });
      setUnmatched(unmatched);
    },
  });
  const { mutate } = save;
  const submit = useCallback(() => void handleSubmit((input) => mutate(input))(), [handleSubmit, mutate]);
  useShortcut('enter', submit);
  const error = (name: keyof ContactMomentFormValues) => messageText(t, formState.errors[name]?.message as string | undefined);
  const conflict = save.error instanceof ApiError && save.error.code === 'CONFLICT';
  const refused = save.error instanceof ApiError && save.error.code === 'INVALID_INPUT';

  return (
    <FormProvider {...form}>
      <form
        className="card"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <fieldset className="fieldset">
          <legend>{t('contactMoments.what')}</legend>
          <div className="row">
            <Field
              label={t('contactMoment.heldOn')}
              type="date"
              className="input--date"
              error={error('heldOn')}
              // Logging starts at the top; the date is usually today and Tab moves on.
              // eslint-disable-next-line jsx-a11y/no-autofocus
              autoFocus
              {...register('heldOn')}
            />
            <SelectField label={t('contactMoment.form')} error={error('form')} {...register('form')}>
              {CONTACT_FORMS.map((code) => (
                <option key={code} value={code}>
                  {t(`enums.contactForm.${code}`)}
                </option>
              ))}
            </SelectField>
          </div>
          <Field label={t('contactMoment.subject')} maxLength={300} error={error('subject')} {...register('subject')} />
        </fieldset>
        <fieldset className="fieldset">
          <legend>{t('contactMoments.who')}</legend>
          <ParticipantFields reference={reference} organisations={organisations} persons={persons} knownLabels={labels} />
        </fieldset>
        <fieldset className="fieldset">
          <legend>{t('contactMoments.about')}</legend>
          <Controller
            control={control}
            name="themes"
            render={({ field, fieldState }) => (
              <CheckboxGroup
                legend={t('contactMoment.themes')}
                columns
                options={reference.themes
                  .filter((theme) => theme.active || field.value.includes(theme.code))
                  .map((theme) => ({ value: theme.code, label: label(reference.themes, theme.code) }))}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                ref={field.ref}
                error={messageText(t, fieldState.error?.message)}
              />
            )}
          />
          <TextAreaField
            label={t('contactMoment.minutes')}
            hint={t('contactMoments.minutesHint')}
            rows={6}
            maxLength={50000}
            error={error('minutes')}
            {...register('minutes')}
          />
          <SelectField label={t('contactMoment.classification')} error={error('classification')} {...register('classification')}>
            {CLASSIFICATIONS.map((code) => (
              <option key={code} value={code}>
                {t(`enums.classification.${code}`)}
              </option>
            ))}
          </SelectField>
        </fieldset>
        <fieldset className="fieldset">
          <legend>{t('contactMoments.links')}</legend>
          <LinkFields initialLabels={labels} />
        </fieldset>
        {!existing && <NewActionsFields reference={reference} adviserId={adviserId} />}
        {unmatched.map((message) => (
          <Alert key={message} kind="error">
            {messageText(t, message)}
          </Alert>
        ))}
        {conflict && (
          <Alert kind="error">
            {t('errors.CONFLICT')}{' '}
            <button type="button" className="link-button" onClick={() => void onReload()}>
              {t('signalForm.loadNewest')}
            </button>
          </Alert>
        )}
        {!refused && !conflict && <ErrorAlert error={save.error} />}
        <div className="actions actions--sticky">
          <button type="submit" className="button button--primary" disabled={save.isPending} aria-keyshortcuts="Control+Enter">
            {existing ? t('contactMoments.save') : t('contactMoments.create')} <kbd>Ctrl+Enter</kbd>
          </button>
          <button type="button" className="button button--quiet" onClick={back}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
