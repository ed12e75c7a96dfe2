import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Briefing } from '../../../../shared/domain/briefing';
import { ApiError, call } from '../../api/client';
import { recordKeys } from '../../api/domain';
import { messageText } from '../../components/messages';

/** Query keys of notes; under 'caseFile' like every record, so a lock or file switch drops them. */
export const briefingKeys = {
  all: ['caseFile', 'briefings'] as const,
  list: (includeDeleted: boolean) => ['caseFile', 'briefings', 'list', includeDeleted] as const,
  one: (id: string) => ['caseFile', 'briefings', 'one', id] as const,
  exports: (id: string) => ['caseFile', 'briefings', 'exports', id] as const,
  preview: ['caseFile', 'briefings', 'preview'] as const,
  houseStyle: ['caseFile', 'houseStyle'] as const,
};

export function useHouseStyle() {
  return useQuery({ queryKey: briefingKeys.houseStyle, queryFn: () => call('houseStyle.get', {}) });
}

/**
 * After a note changed: its page shows the returned note at once (so the next
 * step uses the new version), and lists, exports and history refresh.
 */
export function useBriefingSaved(): (briefing: Briefing) => void {
  const queryClient = useQueryClient();
  return useCallback(
    (briefing: Briefing) => {
      queryClient.setQueryData(briefingKeys.one(briefing.id), briefing);
      void queryClient.invalidateQueries({ queryKey: ['caseFile', 'briefings', 'list'] });
      void queryClient.invalidateQueries({ queryKey: briefingKeys.exports(briefing.id) });
      void queryClient.invalidateQueries({ queryKey: recordKeys.history('briefing', briefing.id) });
    },
    [queryClient],
  );
}

/**
 * A message key from a schema or the service as text. The shared schemas use
 * 'validation.*' and briefing rules 'briefing.validation.*'; anything that is
 * no key passes through as it is.
 */
export function useMessage(): (key: string | undefined) => string | undefined {
  const { t } = useTranslation();
  return useCallback((key: string | undefined) => messageText(t, key), [t]);
}

type Issue = ApiError['issues'][number];

/** One of the service's reasons for refusing, as a sentence (with the value it named, if any). */
export function useIssueText(): (issue: Issue) => string {
  const message = useMessage();
  return useCallback(
    (issue: Issue) => {
      const detail = (issue as { detail?: unknown }).detail;
      const text = message(issue.message) ?? issue.message;
      return typeof detail === 'string' && detail ? `${text} (${detail})` : text;
    },
    [message],
  );
}

/** All reasons of a refusal; none for other failures. */
export function useIssueTexts(): (error: unknown) => string[] {
  const issueText = useIssueText();
  return useCallback(
    (error: unknown) => (error instanceof ApiError && error.code === 'INVALID_INPUT' ? error.issues.map(issueText) : []),
    [issueText],
  );
}
