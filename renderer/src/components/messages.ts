import type { TFunction } from 'i18next';
import { ApiError } from '../api/client';

/** Turns a validation message key from the shared schemas into text; anything else passes through. */
export function messageText(t: TFunction, message: string | undefined): string | undefined {
  if (!message) return undefined;
  return message.startsWith('validation.') ? t(message as 'validation.required') : message;
}

/** The Dutch (or English) sentence for a failure: a known code, or the generic one. */
export function errorText(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) return t(`errors.${error.code}`);
  return t('errors.INTERNAL');
}
