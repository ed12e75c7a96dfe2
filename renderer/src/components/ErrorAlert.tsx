import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { Alert } from './Alert';
import { errorText, messageText } from './messages';

/** The service may name the offending values next to an issue (e.g. the signal number). */
function issueText(t: Parameters<typeof messageText>[0], issue: { message: string }): string {
  const detail = (issue as { detail?: unknown }).detail;
  const text = messageText(t, issue.message) ?? '';
  return typeof detail === 'string' && detail ? `${text} (${detail})` : text;
}

/**
 * A failed call, in words; nothing when there is no error. Refused input
 * outside a form (merge, restore, share) lists the service's reasons, since
 * there is no field to put them next to.
 */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const issues = error instanceof ApiError && error.code === 'INVALID_INPUT' ? error.issues : [];
  return (
    <Alert kind="error">
      {errorText(t, error)}
      {issues.length > 0 && (
        <ul className="alert__list">
          {issues.map((issue) => (
            <li key={`${issue.path}-${issue.message}`}>{issueText(t, issue)}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
