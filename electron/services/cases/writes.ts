import type { Case, CaseInput } from '../../../shared/domain/case';
import type { Signal } from '../../../shared/domain/signal';
import type { WriteContext } from '../context';
import { notImplemented } from '../notImplemented';

export function createCase(_ctx: WriteContext, _input: CaseInput & { signalIds: string[] }): Case {
  return notImplemented('createCase');
}
export function updateCase(_ctx: WriteContext, _id: string, _version: number, _input: CaseInput): Case {
  return notImplemented('updateCase');
}
export function addSignalsToCase(_ctx: WriteContext, _caseId: string, _signalIds: string[]): Case {
  return notImplemented('addSignalsToCase');
}
export function removeSignalFromCase(_ctx: WriteContext, _caseId: string, _signalId: string): Case {
  return notImplemented('removeSignalFromCase');
}
/** Links a signal to a case (or unlinks it with null), from the signal's side. */
export function linkSignalToCase(_ctx: WriteContext, _signalId: string, _caseId: string | null): Signal {
  return notImplemented('linkSignalToCase');
}
export function deleteCase(_ctx: WriteContext, _id: string, _reason: string): Case {
  return notImplemented('deleteCase');
}
export function restoreCase(_ctx: WriteContext, _id: string): Case {
  return notImplemented('restoreCase');
}
