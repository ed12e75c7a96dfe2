import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferenceData, ReferenceItem } from '../../../shared/domain/history';
import { call } from './client';

/**
 * Query keys of the case file's records. All start with 'caseFile', so a
 * session change (lock, switch file) drops them together with the rest.
 */
export const recordKeys = {
  reference: ['caseFile', 'reference'] as const,
  signals: ['caseFile', 'signals'] as const,
  signal: (id: string) => ['caseFile', 'signals', 'one', id] as const,
  cases: ['caseFile', 'cases'] as const,
  case: (id: string) => ['caseFile', 'cases', 'one', id] as const,
  history: (entity: 'signal' | 'case', id: string) => ['caseFile', 'history', entity, id] as const,
  views: (entity: 'signal' | 'case') => ['caseFile', 'views', entity] as const,
  search: ['caseFile', 'search'] as const,
};

export function useReference() {
  return useQuery({
    queryKey: recordKeys.reference,
    queryFn: () => call('reference.get', {}),
    // The lists change only through other screens (settings), so they are read once per session.
    staleTime: Infinity,
  });
}

/** After any change to a signal or case, the lists, pages, timelines and search results may all be stale. */
export function useInvalidateRecords(): () => void {
  const queryClient = useQueryClient();
  return useCallback(() => {
    for (const queryKey of [recordKeys.signals, recordKeys.cases, ['caseFile', 'history'], recordKeys.search]) {
      void queryClient.invalidateQueries({ queryKey });
    }
  }, [queryClient]);
}

/** The label of a reference item (theme, source type) in the interface language. */
export function useReferenceLabel(): (items: ReferenceItem[] | undefined, code: string) => string {
  const { i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'nl';
  return useCallback(
    (items, code) => items?.find((item) => item.code === code)?.[language] ?? code,
    [language],
  );
}

export function municipalityName(reference: ReferenceData | undefined, code: string): string {
  return reference?.municipalities.find((m) => m.code === code)?.name ?? code;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An adviser's name for an id; an unknown id is not worth showing, anything else is shown as it is. */
export function adviserName(reference: ReferenceData | undefined, idOrName: string | null | undefined): string | null {
  if (!idOrName) return null;
  const adviser = reference?.advisers.find((a) => a.id === idOrName);
  if (adviser) return adviser.name;
  return UUID.test(idOrName) ? null : idOrName;
}
