import { briefingHandlers } from './briefings';
import { bulkHandlers } from './bulk';
import { caseFileHandlers } from './caseFile';
import { caseHandlers } from './cases';
import { contactMomentHandlers } from './contactMoments';
import { draftHandlers } from './drafts';
import { electionHandlers } from './elections';
import { earlyWarningHandlers } from './earlyWarning';
import { lookupHandlers } from './lookups';
import { mapHandlers } from './map';
import { networkHandlers } from './network';
import { organisationHandlers } from './organisations';
import { overviewHandlers } from './overview';
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
    ...mapHandlers(deps),
    ...overviewHandlers(deps),
    ...briefingHandlers(deps),
    ...bulkHandlers(deps),
    ...draftHandlers(deps),
    ...searchHandlers(deps),
    ...electionHandlers(deps),
    ...earlyWarningHandlers(deps),
  };
}
