import type { mapContract } from '../../../shared/contract/mapChannels';
import { mapMeasures } from '../../services/map/mapMeasures';
import { contexts } from './context';
import type { HandlerDeps, HandlersFor } from './types';

export function mapHandlers(deps: HandlerDeps): HandlersFor<keyof typeof mapContract> {
  const { read } = contexts(deps);
  // The period's default and what is overdue depend on the clock; the handlers' clock is the one tests can fix.
  const now = () => (deps.now ?? (() => new Date()))();
  return {
    'map.measures': (query) => mapMeasures(read().db, query, now()),
  };
}
