import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseListRow } from '../../../../shared/domain/case';
import type { SignalListRow } from '../../../../shared/domain/signal';
import { call } from '../../api/client';
import { recordKeys } from '../../api/domain';
import { formatDate } from '../../format';
import type { PickerSource } from './pickerItems';

// A few more than shown, so excluded records (already linked) do not empty the list.
const SEARCH_LIMIT = 15;

/** Signals by number or words in the case file, newest first. */
export function useSignalSource(): PickerSource<SignalListRow> {
  return useMemo(
    () => ({
      queryKey: [...recordKeys.signals, 'picker'],
      search: async (text: string) => {
        const found = await call('signals.list', {
          filters: { text: text || undefined },
          sort: { column: 'receivedOn', direction: 'desc' },
          page: { offset: 0, limit: SEARCH_LIMIT },
        });
        return found.rows.map((row) => ({
          id: row.id,
          label: `${row.number} ${row.title}`,
          detail: formatDate(row.receivedOn),
          record: row,
        }));
      },
    }),
    [],
  );
}

/** Cases by number or words in the case file, most recently changed first. */
export function useCaseSource(): PickerSource<CaseListRow> {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      queryKey: [...recordKeys.cases, 'picker'],
      search: async (text: string) => {
        const found = await call('cases.list', {
          filters: { text: text || undefined },
          sort: { column: 'updatedAt', direction: 'desc' },
          page: { offset: 0, limit: SEARCH_LIMIT },
        });
        return found.rows.map((row) => ({
          id: row.id,
          label: `${row.number} ${row.title}`,
          detail: t(`enums.caseStatus.${row.status as 'open'}`),
          record: row,
        }));
      },
    }),
    [t],
  );
}
