import { AppError } from '../../shared/errors';

/** Placeholder while a capability is being built in parallel; removed before the capability lands. */
export function notImplemented(what: string): never {
  throw new AppError('INTERNAL', `${what} is not implemented yet`);
}
