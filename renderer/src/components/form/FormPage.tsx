import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import type { FieldValues, Resolver } from 'react-hook-form';
import { BackButton } from '../../features/shell/BackButton';
import { FormBody, type FormBodyProps } from './FormBody';
import { draftKeys, findDraft } from './formDrafts';
import '../../styles/forms.css';

export interface FormPageProps<V extends FieldValues, O, S> extends Omit<FormBodyProps<V, O, S>, 'stored'> {
  /** The page's h1. */
  heading: ReactNode;
  /** Between the heading and the form: a lead text, the signals a new case starts from... */
  lead?: ReactNode;
  /** The validation of the form (zodResolver of its schema). */
  resolver: Resolver<V, unknown, O>;
}

/**
 * The one frame of every form page: heading, lead, the form (noValidate, with
 * its FormProvider), server problems by their fields, the conflict notice with
 * "Nieuwste versie laden", the action row (save with Ctrl+Enter, one-click
 * Annuleren), the unsaved-changes registration and the draft kept in the case
 * file. The pages keep only their fields and how they load and save.
 *
 * A form with a draft waits for the file's answer before it shows, so typing
 * never starts in a form the draft would then overwrite.
 */
export function FormPage<V extends FieldValues, O, S>({ heading, lead, ...body }: FormPageProps<V, O, S>) {
  const { t } = useTranslation();
  const formKey = body.draft?.formKey;
  const stored = useQuery({
    queryKey: draftKeys.form(formKey ?? ''),
    queryFn: () => findDraft(formKey!),
    enabled: !!formKey,
    // Read afresh every time the form opens: the draft may have been written a moment ago.
    gcTime: 0,
    staleTime: 0,
    retry: false,
  });
  const waiting = !!formKey && stored.isPending && !stored.isError;
  return (
    <>
      <BackButton />
      <h1>{heading}</h1>
      {lead}
      {waiting ? <p className="muted">{t('app.loading')}</p> : <FormBody<V, O, S> {...body} stored={stored.data ?? null} />}
    </>
  );
}
