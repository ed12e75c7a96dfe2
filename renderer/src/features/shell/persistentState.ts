import { createContext, useContext, useEffect, useState, type Dispatch, type SetStateAction } from 'react';

/**
 * Screen state that should survive leaving the screen (filters, sort and page
 * of a list while one opens a signal and comes back). Lives as long as the
 * unlocked shell; locking the case file forgets it. Unsaved form input is not
 * kept here but as a draft in the case file (components/form/useFormDraft.ts),
 * which survives a lock.
 */
export const PersistentStateContext = createContext<Map<string, unknown>>(new Map());

export function usePersistentState<T>(key: string, initial: () => T): [T, Dispatch<SetStateAction<T>>] {
  const store = useContext(PersistentStateContext);
  const [value, setValue] = useState<T>(() => (store.has(key) ? (store.get(key) as T) : initial()));
  useEffect(() => {
    store.set(key, value);
  }, [store, key, value]);
  return [value, setValue];
}
