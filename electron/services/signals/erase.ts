import type { WriteContext } from '../context';
import { notImplemented } from '../notImplemented';

export function eraseSignal(_ctx: WriteContext, _id: string, _confirmNumber: string): void {
  notImplemented('eraseSignal');
}
