import { z } from 'zod';
import { lineText } from '../domain/fields';
import type { SearchGroups } from '../domain/search';

const out = <T>() => z.custom<T>();

/** Ctrl+K: every group (signals … notes) at once, each with its first hits and its total. */
export const searchContract = {
  'search.groups': {
    request: z
      .object({
        text: lineText().min(1, 'validation.required').max(200),
        limit: z.number().int().min(1).max(20).default(5),
      })
      .strict(),
    response: out<SearchGroups>(),
  },
} as const;
