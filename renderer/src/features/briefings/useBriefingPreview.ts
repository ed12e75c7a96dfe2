import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { BriefingDraftInput } from '../../../../shared/domain/briefing';
import { call } from '../../api/client';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { briefingKeys } from './briefingQueries';

/**
 * The main process's view of a draft as it is being typed: the records it
 * would include, counts, suggestions and the classification check. Asked
 * again once typing pauses; the last good answer stays while the draft is
 * invalid (the error says why). `immediate` skips the pause (the preview
 * dialog wants what is on screen now); equal drafts share one answer.
 */
export function useBriefingPreview(draft: BriefingDraftInput, id: string | undefined, options: { immediate?: boolean; enabled?: boolean } = {}) {
  const json = JSON.stringify(draft);
  const settled = useDebouncedValue(json, 400);
  const asked = options.immediate ? json : settled;
  return useQuery({
    queryKey: [...briefingKeys.preview, id ?? null, asked],
    queryFn: () => call('briefings.preview', { draft: JSON.parse(asked) as BriefingDraftInput, id }),
    placeholderData: keepPreviousData,
    retry: false,
    enabled: options.enabled ?? true,
  });
}
