import { overviewAttention, signalsByProvince, signalsByTheme, signalsPerWeek } from '../../services/overview/overview';
import type { HandlerDeps, HandlersFor } from './types';
import { contexts } from './context';

type OverviewChannel = 'overview.attention' | 'overview.signalsPerWeek' | 'overview.signalsByTheme' | 'overview.signalsByProvince';

export function overviewHandlers(deps: HandlerDeps): HandlersFor<OverviewChannel> {
  const { read } = contexts(deps);
  // "Now" decides the running week and what is overdue; the handlers' clock is the one tests can fix.
  const now = () => (deps.now ?? (() => new Date()))();
  return {
    'overview.attention': () => overviewAttention(read().db, now()),
    'overview.signalsPerWeek': () => signalsPerWeek(read().db, now()),
    'overview.signalsByTheme': (period) => signalsByTheme(read().db, period),
    'overview.signalsByProvince': (period) => signalsByProvince(read().db, period),
  };
}
