import { briefingHandlers } from './briefings';
import { bulkHandlers } from './bulk';
import { caseFileHandlers } from './caseFile';
import { caseHandlers } from './cases';
import { contactMomentHandlers } from './contactMoments';
import { draftHandlers } from './drafts';
import { lookupHandlers } from './lookups';
import { networkHandlers } from './network';
import { organisationHandlers } from './organisations';
import { searchHandlers } from './search';
import { signalHandlers } from './signals';
import type { HandlerDeps, Handlers } from './types';

export type { HandlerDeps, Handlers } from './types';

export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    ...caseFileHandlers(deps),
    ...signalHandlers(deps),
    ...caseHandlers(deps),
    ...lookupHandlers(deps),
    ...organisationHandlers(deps),
    ...contactMomentHandlers(deps),
    ...networkHandlers(deps),
    ...briefingHandlers(deps),
    ...bulkHandlers(deps),
    ...draftHandlers(deps),
    ...searchHandlers(deps),
  };
}
