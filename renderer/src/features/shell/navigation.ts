import { createContext, useContext } from 'react';

/**
 * Where the adviser is. No router: the app has one window and no URLs to
 * share, so a small stack of these in React state is all navigation needs.
 */
export type Route =
  | { name: 'home' }
  | { name: 'settings' }
  | { name: 'signals' }
  | { name: 'triage' }
  | { name: 'cases' }
  | { name: 'signal'; id: string }
  | { name: 'signalForm'; id?: string }
  | { name: 'case'; id: string }
  | { name: 'caseForm'; id?: string; signalIds?: string[] };

/** Areas in the main menu, in menu order. */
export const AREAS = ['home', 'signals', 'triage', 'cases', 'settings'] as const;
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
