import { useTranslation } from 'react-i18next';
import { Alert } from './Alert';
import { errorText } from './messages';

/** A failed call, in words; nothing when there is no error. */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  return <Alert kind="error">{errorText(t, error)}</Alert>;
}
