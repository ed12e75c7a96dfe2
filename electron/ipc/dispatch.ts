import type { z } from 'zod';
import { contract, type Channel } from '../../shared/contract/channels';
import type { AppErrorData, Result } from '../../shared/errors';
import { toAppError } from '../../db/sqliteErrors';
import { translate } from '../../shared/i18n';
import type { Handlers } from './handlers/index';

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(contract, name);
}

function invalidInput(error: z.ZodError): AppErrorData {
  const issues = error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  const summary = issues.map((issue) => `${issue.path || 'request'}: ${translate('en', issue.message)}`).join('; ');
  return { code: 'INVALID_INPUT', message: `Invalid input: ${summary}`, issues };
}

/**
 * The single way into the handlers, for Electron's IPC and the test bridge
 * alike: unknown channels and malformed requests are refused before anything
 * runs, and every failure comes back as data with a stable code.
 */
export async function dispatch(handlers: Handlers, channel: string, payload: unknown): Promise<Result<unknown>> {
  if (!isChannel(channel)) {
    return { ok: false, error: { code: 'INVALID_INPUT', message: `Unknown channel: ${channel}` } };
  }
  const parsed = contract[channel].request.safeParse(payload ?? {});
  if (!parsed.success) return { ok: false, error: invalidInput(parsed.error) };
  try {
    const handler = handlers[channel] as (request: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    const appError = toAppError(error, channel);
    if (appError.code !== 'INTERNAL') return { ok: false, error: appError.toData() };
    // Unexpected: log the failure itself, never the request (it may hold a passphrase).
    console.error(`[ipc] ${channel} failed:`, error instanceof Error ? error.stack : String(error));
    return { ok: false, error: { code: 'INTERNAL', message: 'An unexpected error occurred' } };
  }
}
