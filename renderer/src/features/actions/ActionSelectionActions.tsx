import { useTranslation } from 'react-i18next';
import { useBulkChange } from '../../components/useBulkChange';

/** What can be done with the follow-up actions ticked in the list; rendered always, so its result message outlives the selection. */
export function ActionSelectionActions({ actionIds, onDone }: { actionIds: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const bulk = useBulkChange('actions', actionIds, onDone);
  return (
    <>
      {actionIds.length > 0 && (
        <div className="selection-bar" role="region" aria-label={t('bulk.actionsSelectionLabel')}>
          <span>{t('bulk.actionsSelected', { count: actionIds.length })}</span>
          {bulk.buttons}
          <button type="button" className="button button--small button--quiet" onClick={onDone}>
            {t('signals.clearSelection')}
          </button>
        </div>
      )}
      {bulk.notice}
      {bulk.dialog}
    </>
  );
}
