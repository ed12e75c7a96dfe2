import { entityHistory } from '../../services/history';
import { referenceData } from '../../services/reference';
import { deleteView, listViews, saveView } from '../../services/savedViews';
import { globalSearch } from '../../services/search';
import { contexts } from './context';
import type { HandlerDeps, HandlersFor } from './types';

/** Reference lists, history, search and saved views: shared by every area. */
export function lookupHandlers(
  deps: HandlerDeps,
): HandlersFor<'reference.get' | 'history.get' | 'search.global' | 'views.list' | 'views.save' | 'views.delete'> {
  const { read, write } = contexts(deps);
  return {
    'reference.get': () => referenceData(read().db),
    'history.get': ({ entity, id }) => entityHistory(read().db, entity, id),
    'search.global': ({ text, kinds, limit }) => globalSearch(read().db, text, { kinds, limit }),
    'views.list': ({ entity }) => listViews(read().db, entity),
    'views.save': (view) => saveView(write(), view),
    'views.delete': ({ id }) => {
      deleteView(write(), id);
      return { ok: true as const };
    },
  };
}
