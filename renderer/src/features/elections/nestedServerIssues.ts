import type { FieldValues, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../../api/client';
import { applyServerIssues } from '../../components/serverIssues';

/**
 * The election and visit requests carry their fields inside one object
 * ({ election: {...} }), so the service names a problem "election.votingTo":
 * put it by the field of that name in the form.
 */
export function nestedServerIssues<V extends FieldValues>(prefix: string, fields: readonly string[]) {
  return (error: unknown, setError: UseFormSetError<V>): string[] => {
    if (!(error instanceof ApiError)) return [];
    const strip = (path: string) => (path.startsWith(`${prefix}.`) ? path.slice(prefix.length + 1) : path);
    const renamed = new ApiError({
      code: error.code,
      message: error.message,
      issues: error.issues.map((issue) => ({ ...issue, path: strip(issue.path) })),
    });
    return applyServerIssues(renamed, fields, setError);
  };
}
