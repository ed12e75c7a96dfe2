import { useTranslation } from 'react-i18next';
import { useNavigation } from '../shell/navigation';

/** The one way to start a signal besides Ctrl+N, showing that shortcut. */
export function NewSignalButton() {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  return (
    <button
      type="button"
      className="button button--primary"
      aria-keyshortcuts="Control+N"
      onClick={() => navigate({ name: 'signalForm' })}
    >
      {t('signals.new')} <kbd>Ctrl+N</kbd>
    </button>
  );
}
