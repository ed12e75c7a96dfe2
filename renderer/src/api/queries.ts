import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { SessionStatus } from '../../../shared/contract/schemas';
import { ApiError, call, subscribe } from './client';

export const keys = {
  session: ['session'] as const,
  about: ['about'] as const,
  preferences: ['preferences'] as const,
  recentFiles: ['recentFiles'] as const,
  caseFileInfo: ['caseFile', 'info'] as const,
  settings: ['caseFile', 'settings'] as const,
  advisers: ['caseFile', 'advisers'] as const,
};

/** Queries about the app itself, not the case file: they may outlive a lock. */
const APP_LEVEL = new Set<unknown>([keys.session[0], keys.about[0], keys.preferences[0], keys.recentFiles[0]]);

/**
 * Forgets everything read from the case file: cached query results (decrypted
 * titles, notes). A locked window keeps only the file's name.
 */
export function forgetCaseFileData(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => !APP_LEVEL.has(query.queryKey[0]) });
}

/**
 * The one way a new session status reaches the cache, whether pushed by the
 * main process, returned by a call or read on request. Any change of session
 * also drops finished mutations: their variables can hold what was typed to
 * unlock, create or change it (a passphrase) or a record.
 */
export function applySessionStatus(queryClient: QueryClient, status: SessionStatus): SessionStatus {
  if (status.state !== 'unlocked') forgetCaseFileData(queryClient);
  const mutations = queryClient.getMutationCache();
  for (const mutation of mutations.getAll()) if (mutation.state.status !== 'pending') mutations.remove(mutation);
  queryClient.setQueryData(keys.session, status);
  return status;
}

export function useSessionStatus() {
  const queryClient = useQueryClient();
  useEffect(() => subscribe('session.changed', (status) => applySessionStatus(queryClient, status)), [queryClient]);
  return useQuery({
    queryKey: keys.session,
    // Also when a LOCKED answer elsewhere makes the window re-read the session.
    queryFn: async () => {
      const status = await call('session.status', {});
      if (status.state !== 'unlocked') forgetCaseFileData(queryClient);
      return status;
    },
  });
}

/** Every session change also invalidates what was read from the case file. */
export function useSessionMutation<TInput>(fn: (input: TInput) => Promise<SessionStatus>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    // Gone as soon as no screen shows it: what it was given must not linger.
    gcTime: 0,
    onSuccess: (status) => {
      applySessionStatus(queryClient, status);
      void queryClient.invalidateQueries({ queryKey: ['caseFile'] });
      void queryClient.invalidateQueries({ queryKey: keys.recentFiles });
    },
  });
}

export function isLockedError(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'LOCKED';
}
