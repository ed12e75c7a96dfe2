import { caseFileHandlers } from './caseFile';
import { caseHandlers } from './cases';
import { lookupHandlers } from './lookups';
import { signalHandlers } from './signals';
import type { HandlerDeps, Handlers } from './types';

export type { HandlerDeps, Handlers } from './types';

export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    ...caseFileHandlers(deps),
    ...signalHandlers(deps),
    ...caseHandlers(deps),
    ...lookupHandlers(deps),
  };
}
