import type { draftContract } from '../../../shared/contract/draftChannels';
import { discardDraft, listAdviserDrafts, saveDraft } from '../../services/drafts';
import { contexts } from './context';
import type { HandlerDeps, HandlersFor } from './types';

export function draftHandlers(deps: HandlerDeps): HandlersFor<keyof typeof draftContract> {
  // Drafts belong to the adviser at work: each goes through the write context (NO_ADVISER without one).
  const { write } = contexts(deps);
  return {
    'drafts.save': (request) => saveDraft(write(), request),
    'drafts.list': () => listAdviserDrafts(write()),
    'drafts.discard': ({ formKey }) => discardDraft(write(), formKey),
  };
}
