import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * "Annuleren" that works with one click. It acts on mouse down and keeps
 * the focus where it is (preventDefault), so the field being left never
 * blurs: no blur validation, no picker list closing, nothing moves the
 * button away before the click would land. The keyboard (Enter, Space) still
 * goes through onClick.
 */
export function CancelButton({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const byPointer = useRef(false);
  return (
    <button
      type="button"
      className="button button--quiet"
      onMouseDown={(event) => {
        if (event.button !== 0) return;
        event.preventDefault();
        byPointer.current = true;
        onCancel();
      }}
      onClick={() => {
        // Already done on mouse down; a click after it (if the button is still there) is the same click.
        if (byPointer.current) {
          byPointer.current = false;
          return;
        }
        onCancel();
      }}
    >
      {t('common.cancel')}
    </button>
  );
}
