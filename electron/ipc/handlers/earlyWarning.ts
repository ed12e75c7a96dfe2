import type { earlyWarningContract } from '../../../shared/contract/earlyWarningChannels';
import { earlyWarningSummary, findingSignals, listFindings } from '../../services/earlyWarning/findings';
import { reviewFinding } from '../../services/earlyWarning/review';
import { municipalityStatuses } from '../../services/earlyWarning/status';
import { contexts } from './context';
import type { HandlerDeps, HandlersFor } from './types';

export function earlyWarningHandlers(deps: HandlerDeps): HandlersFor<keyof typeof earlyWarningContract> {
  const { read, write } = contexts(deps);
  // Which week has ended depends on the clock; the handlers' clock is the one tests can fix.
  const now = () => (deps.now ?? (() => new Date()))();
  const judging = () => ({ db: read().db, now: now() });
  return {
    'earlyWarning.summary': () => earlyWarningSummary(judging()),
    'earlyWarning.municipalityStatus': ({ week }) => municipalityStatuses(judging(), week),
    'earlyWarning.findings': (query) => listFindings(judging(), query),
    'earlyWarning.review': ({ id, note }) => reviewFinding(write(), id, note),
    'earlyWarning.signals': ({ findingId }) => findingSignals(read().db, findingId),
  };
}
