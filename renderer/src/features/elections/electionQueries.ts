import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useInvalidateRecords } from '../../api/domain';

/** Query keys of the election register; under 'caseFile', so a lock forgets them with the rest. */
export const electionKeys = {
  all: ['caseFile', 'elections'] as const,
  list: (includePast: boolean, text: string) => ['caseFile', 'elections', 'list', includePast, text] as const,
  one: (id: string) => ['caseFile', 'elections', 'one', id] as const,
  timeline: (id: string) => ['caseFile', 'elections', 'timeline', id] as const,
  visit: (id: string) => ['caseFile', 'elections', 'visits', id] as const,
};

/** After a change to an election, a visit or a link: the register, its pages and the other records' lists. */
export function useInvalidateElections(): () => void {
  const queryClient = useQueryClient();
  const invalidateRecords = useInvalidateRecords();
  return useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: electionKeys.all });
    invalidateRecords();
  }, [queryClient, invalidateRecords]);
}
