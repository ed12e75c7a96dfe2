import { useTranslation } from 'react-i18next';
import { useNavigation } from './navigation';

/** Back to where the adviser came from (a list keeps its filters and page). */
export function BackButton() {
  const { t } = useTranslation();
  const { back } = useNavigation();
  return (
    <button type="button" className="button button--quiet button--small back-button" onClick={back}>
      ← {t('common.back')}
    </button>
  );
}
