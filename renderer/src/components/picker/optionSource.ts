import { useMemo } from 'react';
import { foldName } from '../../../../shared/domain/municipalitySearch';
import type { PickerItem, PickerSource } from './pickerItems';

const MAX_SUGGESTIONS = 8;

/**
 * A picker source over records already in memory (organisations, contact
 * persons): matches on the name or the second line, spelling folded like
 * municipality names ("yilmaz" finds "Yılmaz"), names that start with the text first.
 */
export function useOptionSource(options: readonly { id: string; label: string; detail?: string }[]): PickerSource {
  return useMemo(() => {
    const folded = options.map((option) => ({ option, label: foldName(option.label), detail: foldName(option.detail ?? '') }));
    const find = (text: string): PickerItem[] => {
      const query = foldName(text);
      if (!query) return [];
      return folded
        .filter((entry) => entry.label.includes(query) || entry.detail.includes(query))
        .sort((a, b) => Number(!a.label.startsWith(query)) - Number(!b.label.startsWith(query)))
        .slice(0, MAX_SUGGESTIONS)
        .map(({ option }) => ({ id: option.id, label: option.label, detail: option.detail || undefined }));
    };
    return { find };
  }, [options]);
}
