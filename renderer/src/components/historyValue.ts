import { useTranslation } from 'react-i18next';
import type { HistoryEntity } from '../../../shared/domain/history';
import { useReference } from '../api/domain';
import { historyFieldLabel, historyValueText, type HistoryTextContext } from './record/historyText';

/**
 * The history formatter of ./record/historyText.ts with the app's language and
 * reference data: field labels and values in plain Dutch, never keys or JSON.
 */
export function useHistoryText(entity: HistoryEntity, names: Record<string, string> = {}) {
  const { t, i18n } = useTranslation();
  const reference = useReference().data;
  const context = (entryNames: Record<string, string>): HistoryTextContext => ({
    t: (key, options) => String(t(key as 'common.yes', options as never)),
    exists: (key) => i18n.exists(key),
    language: i18n.language,
    reference,
    // The history service names linked records by number and title, even a case linked before; the page's names fill any gap.
    names: { ...names, ...entryNames },
  });
  return {
    label: (field: string) => historyFieldLabel(context({}), entity, field),
    value: (field: string, value: unknown, entryNames: Record<string, string> = {}) =>
      historyValueText(context(entryNames), entity, field, value),
  };
}
