import type { SearchGroup, SearchGroupHit } from '../../../../shared/domain/search';
import type { Route } from '../shell/navigation';

/** Where a hit leads: journal entries open the case they belong to. */
export function routeOf(hit: SearchGroupHit): Route {
  switch (hit.kind) {
    case 'signal':
      return { name: 'signal', id: hit.id };
    case 'contactMoment':
      return { name: 'contactMoment', id: hit.id };
    case 'action':
      return { name: 'action', id: hit.id };
    case 'journal':
      return { name: 'case', id: hit.parentId ?? hit.id };
    case 'case':
      return { name: 'case', id: hit.id };
    case 'organisation':
      return { name: 'organisation', id: hit.id };
    case 'person':
      return { name: 'contactPerson', id: hit.id };
    case 'municipality':
      return { name: 'municipality', code: hit.id };
    case 'briefing':
      return { name: 'briefing', id: hit.id };
  }
}

/**
 * The list a group's "alle n resultaten" opens, its text filter set to the
 * search text; null where no list shows that group (journal entries are
 * read inside their case).
 */
export function listRouteOf(group: SearchGroup, text: string): Route | null {
  switch (group) {
    case 'signal':
      return { name: 'signals', text };
    case 'case':
      return { name: 'cases', text };
    case 'contactMoment':
      return { name: 'contactMoments', text };
    case 'action':
      return { name: 'actions', view: 'all', text };
    case 'organisation':
      return { name: 'organisations', text };
    case 'person':
      return { name: 'contactPersons', text };
    case 'municipality':
      return { name: 'municipalities', text };
    case 'briefing':
      return { name: 'briefings', text };
    case 'journal':
      return null;
  }
}
