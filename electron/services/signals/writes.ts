import type { SignalStatus } from '../../../shared/domain/enums';
import type { Signal, SignalInput } from '../../../shared/domain/signal';
import type { WriteContext } from '../context';
import { notImplemented } from '../notImplemented';

export function createSignal(_ctx: WriteContext, _input: SignalInput): Signal {
  return notImplemented('createSignal');
}
export function updateSignal(_ctx: WriteContext, _id: string, _version: number, _input: SignalInput): Signal {
  return notImplemented('updateSignal');
}
export function setSignalStatus(_ctx: WriteContext, _id: string, _status: SignalStatus): Signal {
  return notImplemented('setSignalStatus');
}
export function shareSignal(
  _ctx: WriteContext,
  _share: { id: string; organisation: string; sharedOn: string; channel: string },
): Signal {
  return notImplemented('shareSignal');
}
export function deleteSignal(_ctx: WriteContext, _id: string, _reason: string): Signal {
  return notImplemented('deleteSignal');
}
export function restoreSignal(_ctx: WriteContext, _id: string): Signal {
  return notImplemented('restoreSignal');
}
