import { Controller, useFormContext, type Path, type UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { PickerOption } from '../../../../shared/contract/networkChannels';
import type { ContactMoment } from '../../../../shared/domain/contactMoment';
import { CLASSIFICATIONS, CONTACT_FORMS } from '../../../../shared/domain/enums';
import type { ReferenceData } from '../../../../shared/domain/history';
import { ApiError } from '../../api/client';
import { useReferenceLabel } from '../../api/domain';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { Field } from '../../components/Field';
import { messageText } from '../../components/messages';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { CONTACT_MOMENT_FORM_FIELDS, type ContactMomentFormValues } from './contactMomentFormValues';
import { LinkFields } from './LinkFields';
import { NewActionsFields } from './NewActionsFields';
import { ParticipantFields } from './ParticipantFields';

interface ContactMomentFormProps {
  reference: ReferenceData;
  /** Editing: inline follow-up actions are only for a new contact moment. */
  existing?: ContactMoment;
  organisations: PickerOption[];
  persons: PickerOption[];
  /** Names of records already linked (case, signals, organisations, persons), by id. */
  labels: Record<string, string>;
  adviserId: string | null;
}

/**
 * Puts the service's problems next to their fields, those of an inline
 * action ('actions.0.description') next to that action's input. Returns
 * those that match no field.
 */
export function contactMomentServerIssues(error: unknown, setError: UseFormSetError<ContactMomentFormValues>): string[] {
  const unmatched: string[] = [];
  const issues = error instanceof ApiError && error.code === 'INVALID_INPUT' ? error.issues : [];
  issues.forEach((issue, index) => {
    const field = issue.path.startsWith('actions.') ? issue.path : (issue.path.split('.')[0] ?? '');
    if (field.startsWith('actions.') || CONTACT_MOMENT_FORM_FIELDS.includes(field)) {
      setError(field as Path<ContactMomentFormValues>, { type: 'server', message: issue.message }, { shouldFocus: index === 0 });
    } else {
      unmatched.push(issue.message);
    }
  });
  return unmatched;
}

/**
 * The contact moment's fields, built to be filled by keyboard in one go:
 * every field in reading order, pickers that take a few letters and Enter,
 * inline follow-up actions; the frame (FormPage) saves with Ctrl+Enter.
 */
export function ContactMomentForm(props: ContactMomentFormProps) {
  const { reference, existing, organisations, persons, labels, adviserId } = props;
  const { t } = useTranslation();
  const label = useReferenceLabel();
  const { register, control, formState } = useFormContext<ContactMomentFormValues>();
  const error = (name: keyof ContactMomentFormValues) => messageText(t, formState.errors[name]?.message as string | undefined);

  return (
    <>
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
    </>
  );
}
