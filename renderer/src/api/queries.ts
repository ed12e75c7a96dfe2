import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
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

export function useSessionStatus() {
  const queryClient = useQueryClient();
  useEffect(
    () => subscribe('session.changed', (status) => queryClient.setQueryData(keys.session, status)),
    [queryClient],
  );
  return useQuery({ queryKey: keys.session, queryFn: () => call('session.status', {}) });
}

/** Every session change also invalidates what was read from the case file. */
export function useSessionMutation<TInput>(fn: (input: TInput) => Promise<SessionStatus>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (status) => {
      queryClient.setQueryData(keys.session, status);
      void queryClient.invalidateQueries({ queryKey: ['caseFile'] });
      void queryClient.invalidateQueries({ queryKey: keys.recentFiles });
    },
  });
}

export function isLockedError(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'LOCKED';
}
