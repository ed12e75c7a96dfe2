import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format';
import '../../styles/contactMoments.css';

/** A due date, with "Verlopen" in words when it has passed (never by colour alone). */
export function DueDate({ dueOn, overdue }: { dueOn: string | null; overdue: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="nowrap">
      {formatDate(dueOn)}
      {overdue && (
        <>
          {' '}
          <span className="badge badge--overdue">{t('action.overdue')}</span>
        </>
      )}
    </span>
  );
}
