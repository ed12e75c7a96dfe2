import { useQuery } from '@tanstack/react-query';
import type { PeriodRequest } from '../../../../shared/domain/overview';
import { call } from '../../api/client';

/** The overview's figures; fresh whenever the page opens (they change with every signal). */
const overviewKey = ['caseFile', 'overview'] as const;

export const useOverviewAttention = () =>
  useQuery({ queryKey: [...overviewKey, 'attention'], queryFn: () => call('overview.attention', {}), staleTime: 0 });

export const useSignalsPerWeek = () =>
  useQuery({ queryKey: [...overviewKey, 'weeks'], queryFn: () => call('overview.signalsPerWeek', {}), staleTime: 0 });

export const useSignalsByTheme = (period: PeriodRequest | null) =>
  useQuery({
    queryKey: [...overviewKey, 'themes', period],
    queryFn: () => call('overview.signalsByTheme', period!),
    enabled: period !== null,
    staleTime: 0,
  });

export const useSignalsByProvince = (period: PeriodRequest | null) =>
  useQuery({
    queryKey: [...overviewKey, 'provinces', period],
    queryFn: () => call('overview.signalsByProvince', period!),
    enabled: period !== null,
    staleTime: 0,
  });
