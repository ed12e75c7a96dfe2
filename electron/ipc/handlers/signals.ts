import { eraseSignal } from '../../services/signals/erase';
import { findDuplicates } from '../../services/signals/duplicates';
import { mergeSignals } from '../../services/signals/merge';
import { getSignal, listSignals } from '../../services/signals/reads';
import {
  createSignal,
  deleteSignal,
  restoreSignal,
  setSignalStatus,
  shareSignal,
  updateSignal,
} from '../../services/signals/writes';
import { linkSignalToCase } from '../../services/cases/writes';
import { contexts } from './context';
import type { HandlerDeps, HandlersFor } from './types';

export function signalHandlers(deps: HandlerDeps): HandlersFor<
  | 'signals.list'
  | 'signals.get'
  | 'signals.create'
  | 'signals.update'
  | 'signals.setStatus'
  | 'signals.share'
  | 'signals.linkCase'
  | 'signals.delete'
  | 'signals.restore'
  | 'signals.erase'
  | 'signals.duplicates'
  | 'signals.merge'
> {
  const { read, write } = contexts(deps);
  return {
    'signals.list': (query) => listSignals(read().db, query),
    'signals.get': ({ id }) => getSignal(read().db, id),
    'signals.create': (input) => createSignal(write(), input),
    'signals.update': ({ id, version, signal }) => updateSignal(write(), id, version, signal),
    'signals.setStatus': ({ id, status }) => setSignalStatus(write(), id, status),
    'signals.share': (share) => shareSignal(write(), share),
    'signals.linkCase': ({ id, caseId }) => linkSignalToCase(write(), id, caseId),
    'signals.delete': ({ id, reason }) => deleteSignal(write(), id, reason),
    'signals.restore': ({ id }) => restoreSignal(write(), id),
    'signals.erase': ({ id, confirmNumber }) => {
      eraseSignal(write(), id, confirmNumber);
      return { ok: true as const };
    },
    'signals.duplicates': (probe) => findDuplicates(read().db, probe),
    'signals.merge': ({ targetId, sourceId }) => mergeSignals(write(), targetId, sourceId),
  };
}
