import { createContext, useContext, useMemo, useRef } from 'react';

/**
 * A form on screen that may hold unsaved input. The shell asks it before
 * leaving the page (navigation, back, Ctrl+N, a search result) and before a
 * lock, so nothing typed is lost without the adviser choosing so.
 */
export interface FormInProgress {
  /** Whether leaving now would lose input. */
  isDirty(): boolean;
  /** Writes the draft to the case file now (before a lock, or "keep as draft"). */
  keepDraft(): Promise<void>;
  /** The adviser chose to throw the input away: forget the draft. */
  discardDraft(): Promise<void>;
}

export interface UnsavedChanges {
  register(form: FormInProgress): () => void;
}

export const UnsavedChangesContext = createContext<UnsavedChanges>({ register: () => () => undefined });

export function useUnsavedChanges(): UnsavedChanges {
  return useContext(UnsavedChangesContext);
}

/** A lock must happen even when the case file does not answer: a draft write gets this long. */
const KEEP_TIMEOUT_MS = 3_000;

/** The shell's side: the forms now on screen, and what it does with them. */
export function useUnsavedChangesRegistry() {
  const forms = useRef(new Set<FormInProgress>());
  return useMemo(() => {
    const registry: UnsavedChanges = {
      register(form) {
        forms.current.add(form);
        return () => void forms.current.delete(form);
      },
    };
    const dirty = () => [...forms.current].filter((form) => form.isDirty());
    const keepAll = async () => {
      const writes = Promise.allSettled(dirty().map((form) => form.keepDraft()));
      await Promise.race([writes, new Promise((resolve) => window.setTimeout(resolve, KEEP_TIMEOUT_MS))]);
    };
    const discardAll = async () => {
      await Promise.allSettled(dirty().map((form) => form.discardDraft()));
    };
    return { registry, hasDirty: () => dirty().length > 0, keepAll, discardAll };
  }, []);
}
