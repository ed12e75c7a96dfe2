import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../api/client';

/**
 * Puts the service's INVALID_INPUT issues next to the fields they concern
 * ("municipalities.0" → municipalities). Returns the issues that match no
 * field, so the caller can show them above the form.
 */
export function applyServerIssues<T extends FieldValues>(
  error: unknown,
  fields: readonly string[],
  setError: UseFormSetError<T>,
): string[] {
  if (!(error instanceof ApiError) || error.code !== 'INVALID_INPUT') return [];
  const unmatched: string[] = [];
  let first = true;
  for (const issue of error.issues) {
    const field = issue.path.split('.')[0] ?? '';
    if (fields.includes(field)) {
      setError(field as Path<T>, { type: 'server', message: issue.message }, { shouldFocus: first });
      first = false;
    } else {
      unmatched.push(issue.message);
    }
  }
  return unmatched;
}
