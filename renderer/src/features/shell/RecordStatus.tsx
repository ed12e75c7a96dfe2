import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { BackButton } from './BackButton';

/** What a record page shows until its record is there: the failure (with a way back) or that it is loading. */
export function RecordStatus({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return <p className="muted">{t('app.loading')}</p>;
  return (
    <>
      <BackButton />
      <ErrorAlert error={error} />
    </>
  );
}
