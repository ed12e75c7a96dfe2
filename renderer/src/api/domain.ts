import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntity, ReferenceData, ReferenceItem } from '../../../shared/domain/history';
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
  history: (entity: HistoryEntity, id: string) => ['caseFile', 'history', entity, id] as const,
  views: (entity: 'signal' | 'case') => ['caseFile', 'views', entity] as const,
  search: ['caseFile', 'search'] as const,
  organisations: ['caseFile', 'organisations'] as const,
  organisation: (id: string) => ['caseFile', 'organisations', 'one', id] as const,
  contactPersons: ['caseFile', 'contactPersons'] as const,
  contactPerson: (id: string) => ['caseFile', 'contactPersons', 'one', id] as const,
  contactMoments: ['caseFile', 'contactMoments'] as const,
  contactMoment: (id: string) => ['caseFile', 'contactMoments', 'one', id] as const,
  actions: ['caseFile', 'actions'] as const,
  action: (id: string) => ['caseFile', 'actions', 'one', id] as const,
  municipalities: ['caseFile', 'municipalities'] as const,
  network: ['caseFile', 'network'] as const,
};

export function useReference() {
  return useQuery({
    queryKey: recordKeys.reference,
    queryFn: () => call('reference.get', {}),
    // The lists change only through other screens (settings), so they are read once per session.
    staleTime: Infinity,
  });
}

/**
 * After any change to a record, the lists, pages, timelines, overviews and
 * search results may all be stale (records link to each other).
 */
export function useInvalidateRecords(): () => void {
  const queryClient = useQueryClient();
  return useCallback(() => {
    for (const queryKey of [
      recordKeys.signals,
      recordKeys.cases,
      ['caseFile', 'history'],
      recordKeys.search,
      recordKeys.organisations,
      recordKeys.contactPersons,
      recordKeys.contactMoments,
      recordKeys.actions,
      recordKeys.municipalities,
      recordKeys.network,
    ]) {
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
