import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { call } from '../../api/client';
import { useUnsavedChanges } from '../../features/shell/unsavedChanges';
import { draftTitleText, type DraftConfig } from './formDrafts';

/** How long after the last change a draft is written: typing is not slowed by a write per key. */
export const DRAFT_DEBOUNCE_MS = 1_500;

export interface FormDraft {
  /** The form is done with (saved, or cancelled on purpose): forget its draft and leave without asking. */
  finish(): Promise<void>;
  /** Saved, and the form stays open (a note being composed): forget the draft, keep watching. */
  saved(): void;
}

/**
 * Keeps a dirty form's input as a draft in the case file (debounced, and at
 * once when the shell locks or the adviser leaves with "keep as draft"), and
 * tells the shell whether leaving would lose input. `dirty` is the form's own
 * judgement (react-hook-form's isDirty, or a restored draft).
 */
export function useFormDraft<V extends FieldValues>(
  form: UseFormReturn<V, unknown, unknown>,
  dirty: boolean,
  config: DraftConfig<V> | undefined,
  /** The values of a restored draft, already in the file. */
  restoredJson: string | null = null,
): FormDraft {
  const unsaved = useUnsavedChanges();
  const { getValues, watch } = form;
  const dirtyRef = useRef(dirty);
  const finished = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  // What the file holds now for this form (null: nothing), so an unchanged form is not written twice.
  const written = useRef<string | null>(restoredJson);
  const configRef = useRef(config);
  useEffect(() => {
    dirtyRef.current = dirty;
    configRef.current = config;
  });

  const discard = useCallback(async () => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    const formKey = configRef.current?.formKey;
    if (!formKey || written.current === null) return;
    written.current = null;
    await call('drafts.discard', { formKey }).catch(() => undefined);
  }, []);

  const write = useCallback(async () => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    const draft = configRef.current;
    if (!draft || finished.current) return;
    if (!dirtyRef.current) return discard();
    const values = getValues();
    const json = JSON.stringify(values);
    if (json === written.current) return;
    written.current = json;
    try {
      await call('drafts.save', { formKey: draft.formKey, route: draft.route, title: draftTitleText(draft.title(values), 200), values });
    } catch {
      // Locked, read-only or refused (a control character typed): the form on screen still holds it.
      written.current = null;
    }
  }, [discard, getValues]);

  // Every change (re)starts the debounce.
  useEffect(() => {
    if (!config) return;
    const subscription = watch(() => {
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void write(), DRAFT_DEBOUNCE_MS);
    });
    return () => subscription.unsubscribe();
  }, [config, watch, write]);

  // Leaving the screen with a write still waiting (the window is being locked from elsewhere): write it now.
  useEffect(
    () => () => {
      if (timer.current !== undefined) void write();
    },
    [write],
  );

  useEffect(
    () =>
      unsaved.register({
        isDirty: () => dirtyRef.current && !finished.current,
        keepDraft: write,
        discardDraft: async () => {
          finished.current = true;
          await discard();
        },
      }),
    [unsaved, write, discard],
  );

  return useMemo(
    () => ({
      finish: () => {
        finished.current = true;
        return discard();
      },
      saved: () => void discard(),
    }),
    [discard],
  );
}
