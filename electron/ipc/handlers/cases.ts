import { getCase, listCases } from '../../services/cases/reads';
import { addJournalEntry, listJournal } from '../../services/cases/journal';
import { caseTimeline } from '../../services/cases/timeline';
import {
  addSignalsToCase,
  createCase,
  deleteCase,
  removeSignalFromCase,
  restoreCase,
  updateCase,
} from '../../services/cases/writes';
import { contexts } from './context';
import type { HandlerDeps, HandlersFor } from './types';

export function caseHandlers(deps: HandlerDeps): HandlersFor<
  | 'cases.list'
  | 'cases.get'
  | 'cases.create'
  | 'cases.update'
  | 'cases.addSignals'
  | 'cases.removeSignal'
  | 'cases.delete'
  | 'cases.restore'
  | 'cases.timeline'
  | 'journal.add'
  | 'journal.list'
> {
  const { read, write } = contexts(deps);
  return {
    'cases.list': (query) => listCases(read().db, query),
    'cases.get': ({ id }) => getCase(read().db, id),
    'cases.create': (input) => createCase(write(), input),
    'cases.update': ({ id, version, case: changes }) => updateCase(write(), id, version, changes),
    'cases.addSignals': ({ caseId, signalIds }) => addSignalsToCase(write(), caseId, signalIds),
    'cases.removeSignal': ({ caseId, signalId }) => removeSignalFromCase(write(), caseId, signalId),
    'cases.delete': ({ id, reason }) => deleteCase(write(), id, reason),
    'cases.restore': ({ id }) => restoreCase(write(), id),
    'cases.timeline': ({ id, kinds }) => caseTimeline(read().db, id, kinds),
    'journal.add': (entry) => addJournalEntry(write(), entry),
    'journal.list': ({ caseId }) => listJournal(read().db, caseId),
  };
}
