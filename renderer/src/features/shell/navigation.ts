import { createContext, useContext } from 'react';
import type { BriefingKind } from '../../../../shared/domain/briefing';
import type { ActionView } from '../../../../shared/domain/followUpAction';
import type { SignalFilters } from '../../../../shared/domain/signal';

/**
 * Where the adviser is. No router: the app has one window and no URLs to
 * share, so a small stack of these in React state is all navigation needs.
 */
export type Route =
  | { name: 'home' }
  | { name: 'settings' }
  /** `filters`: opened from a chart or a count on the overview; the list starts with exactly these filters. */
  | { name: 'signals'; text?: string; filters?: Partial<SignalFilters> }
  | { name: 'triage' }
  | { name: 'earlyWarning' }
  | { name: 'cases'; text?: string }
  | { name: 'signal'; id: string }
  | { name: 'signalForm'; id?: string; contactMomentId?: string }
  | { name: 'case'; id: string }
  | { name: 'caseForm'; id?: string; signalIds?: string[] }
  | { name: 'contactMoments'; text?: string }
  | { name: 'contactMoment'; id: string }
  | { name: 'contactMomentForm'; id?: string; prefill?: ContactMomentPrefill }
  | { name: 'actions'; view?: ActionView; text?: string }
  | { name: 'action'; id: string }
  | { name: 'actionForm'; id?: string; signalId?: string; caseId?: string; contactMomentId?: string }
  | { name: 'network' }
  | { name: 'elections' } | { name: 'election'; id: string } | { name: 'electionForm'; id?: string } | { name: 'campaignVisitForm'; id?: string; electionId?: string }
  | { name: 'municipalities'; text?: string }
  | { name: 'municipality'; code: string }
  | { name: 'organisations'; text?: string }
  | { name: 'organisation'; id: string }
  | { name: 'organisationForm'; id?: string }
  | { name: 'contactPersons'; reviewDue?: boolean; text?: string }
  | { name: 'contactPerson'; id: string }
  | { name: 'contactPersonForm'; id?: string; organisationId?: string }
  | { name: 'briefings'; text?: string }
  | { name: 'briefing'; id: string }
  | { name: 'briefingNew'; kind?: BriefingKind; signalIds?: string[]; caseIds?: string[] };

/** What a new contact moment starts with when logged from a municipality, organisation, person, signal or case. */
export interface ContactMomentPrefill {
  municipalities?: string[];
  organisationIds?: string[];
  personIds?: string[];
  signalIds?: string[];
  caseId?: string;
}

/** Areas in the main menu, in menu order. */
export const AREAS = ['home', 'signals', 'triage', 'earlyWarning', 'cases', 'contactMoments', 'actions', 'network', 'elections', 'briefings', 'settings'] as const;
export type Area = (typeof AREAS)[number];

/** The menu item a page belongs to, so the menu shows where one is. */
export function areaOf(route: Route): Area {
  switch (route.name) {
    case 'signal':
    case 'signalForm':
      return 'signals';
    case 'case':
    case 'caseForm':
      return 'cases';
    case 'contactMoment':
    case 'contactMomentForm':
      return 'contactMoments';
    case 'action':
    case 'actionForm':
      return 'actions';
    case 'municipalities':
    case 'municipality':
    case 'organisations':
    case 'organisation':
    case 'organisationForm':
    case 'contactPersons':
    case 'contactPerson':
    case 'contactPersonForm':
      return 'network';
    case 'election':
    case 'electionForm':
    case 'campaignVisitForm':
      return 'elections';
    case 'briefing':
    case 'briefingNew':
      return 'briefings';
    default:
      return route.name;
  }
}

export interface Navigation {
  route: Route;
  navigate: (route: Route) => void;
  /** Back to the previous page, or to the area's list when there is none. */
  back: () => void;
  canGoBack: boolean;
  openSearch: () => void;
}

export const NavigationContext = createContext<Navigation | null>(null);

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation outside the shell');
  return navigation;
}
