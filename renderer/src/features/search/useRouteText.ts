import { useEffect, useRef } from 'react';
import { useNavigation } from '../shell/navigation';

/**
 * A list opened from Ctrl+K's "alle n resultaten" starts with the search text
 * in its text filter. Runs once per navigation to the list (a new route
 * object), so typing in the filter afterwards is never overwritten.
 */
export function useRouteText(apply: (text: string) => void): void {
  const { route } = useNavigation();
  const latest = useRef(apply);
  // Effects run in order: the latest `apply` is in place before the route effect below uses it.
  useEffect(() => {
    latest.current = apply;
  });
  useEffect(() => {
    if ('text' in route && typeof route.text === 'string' && route.text) latest.current(route.text);
  }, [route]);
}
