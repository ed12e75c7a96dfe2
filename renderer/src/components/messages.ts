import type { TFunction } from 'i18next';
import { ApiError } from '../api/client';

/** A dotted key without spaces ('validation.required', 'briefing.validation.periodRequired'); a sentence never is one. */
const MESSAGE_KEY = /^[\w-]+(\.[\w-]+)+$/;

/**
 * Turns a message key from the shared schemas or a service into text (an
 * unknown key comes back unchanged from i18next); anything else passes through.
 */
export function messageText(t: TFunction, message: string | undefined): string | undefined {
  if (!message) return undefined;
  // The schemas speak of the ISO dates the CLI takes; in the window every date is typed as dd-mm-jjjj.
  if (message === 'validation.date') return t('dateInput.invalid');
  return MESSAGE_KEY.test(message) ? t(message as 'validation.required') : message;
}

/** The Dutch (or English) sentence for a failure: a known code, or the generic one. */
export function errorText(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) return t(`errors.${error.code}`);
  return t('errors.INTERNAL');
}
