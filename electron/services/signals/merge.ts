import type { Signal } from '../../../shared/domain/signal';
import type { WriteContext } from '../context';
import { notImplemented } from '../notImplemented';

export function mergeSignals(_ctx: WriteContext, _targetId: string, _sourceId: string): Signal {
  return notImplemented('mergeSignals');
}
