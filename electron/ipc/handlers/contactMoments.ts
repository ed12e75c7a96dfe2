import { actionDigest } from '../../services/actions/digest';
import { getAction, listActions } from '../../services/actions/reads';
import { createAction, deleteAction, restoreAction, updateAction } from '../../services/actions/writes';
import { getContactMoment, listContactMoments } from '../../services/contactMoments/reads';
import { registerSignalFromContactMoment } from '../../services/contactMoments/registerSignal';
import {
  createContactMoment,
  deleteContactMoment,
  restoreContactMoment,
  updateContactMoment,
} from '../../services/contactMoments/writes';
import { todayInNetherlands } from '../../services/validation';
import { contexts } from './context';
import type { HandlerDeps, HandlersFor } from './types';

export function contactMomentHandlers(deps: HandlerDeps): HandlersFor<
  | 'contactMoments.list'
  | 'contactMoments.get'
  | 'contactMoments.create'
  | 'contactMoments.update'
  | 'contactMoments.delete'
  | 'contactMoments.restore'
  | 'contactMoments.registerSignal'
  | 'actions.list'
  | 'actions.get'
  | 'actions.create'
  | 'actions.update'
  | 'actions.delete'
  | 'actions.restore'
  | 'actions.digest'
> {
  const { read, write } = contexts(deps);
  const clock = deps.now ?? (() => new Date());
  const today = () => todayInNetherlands(clock());
  // "Mijn acties" and the digest belong to the adviser at work; reading needs no adviser chosen (then they are empty).
  const viewer = () => ({ adviserId: deps.session.current().adviser?.id ?? null, today: today() });
  return {
    'contactMoments.list': (query) => listContactMoments(read().db, query),
    'contactMoments.get': ({ id }) => getContactMoment(read().db, id),
    'contactMoments.create': (input) => createContactMoment(write(), input),
    'contactMoments.update': ({ id, version, contactMoment }) => updateContactMoment(write(), id, version, contactMoment),
    'contactMoments.delete': ({ id, reason }) => deleteContactMoment(write(), id, reason),
    'contactMoments.restore': ({ id }) => restoreContactMoment(write(), id),
    'contactMoments.registerSignal': ({ contactMomentId, signal }) => registerSignalFromContactMoment(write(), contactMomentId, signal),
    'actions.list': (query) => listActions(read().db, query, viewer()),
    'actions.get': ({ id }) => getAction(read().db, id, today()),
    'actions.create': (input) => createAction(write(), input),
    'actions.update': ({ id, version, action }) => updateAction(write(), id, version, action),
    'actions.delete': ({ id, reason }) => deleteAction(write(), id, reason),
    'actions.restore': ({ id }) => restoreAction(write(), id),
    'actions.digest': () => {
      const { adviserId } = viewer();
      return actionDigest(read().db, adviserId, clock());
    },
  };
}
