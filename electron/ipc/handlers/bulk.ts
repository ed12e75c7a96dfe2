import { bulkUpdateActions } from '../../services/actions/bulk';
import { exportList, exportTarget, listExportFileName } from '../../services/listExport';
import { bulkUpdateSignals } from '../../services/signals/bulk';
import { contexts } from './context';
import type { HandlerDeps, HandlersFor } from './types';

/** Changes to a selection of records in one call, and the export of a list as the adviser sees it. */
export function bulkHandlers(deps: HandlerDeps): HandlersFor<'signals.bulkUpdate' | 'actions.bulkUpdate' | 'lists.export'> {
  const { read, write } = contexts(deps);
  const clock = deps.now ?? (() => new Date());
  return {
    'signals.bulkUpdate': ({ ids, change }) => bulkUpdateSignals(write(), ids, change),
    'actions.bulkUpdate': ({ ids, change }) => bulkUpdateActions(write(), ids, change),
    'lists.export': async (request) => {
      // Only an unlocked case file can be exported: ask that before asking where to save.
      read();
      const suggested = listExportFileName(request.list, request.format, clock());
      const choose = deps.dialogs.chooseListExportDestination ?? deps.dialogs.chooseExportDestination;
      const chosen = await choose.call(deps.dialogs, suggested, request.format);
      if (chosen === null) return { path: null, rows: 0 };
      const target = exportTarget(chosen, request.format);
      // A fresh context: the session and the clock may have moved on while the dialog was open.
      const ctx = write();
      return exportList(ctx, request, { outPath: target.path, overwrite: target.overwrite });
    },
  };
}
