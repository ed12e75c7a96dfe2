import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { recordKeys } from '../../api/domain';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { formatDate } from '../../format';
import { useNavigation } from '../shell/navigation';
import type { SignalFormValues } from './signalFormValues';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

interface DuplicateQuery {
  excludeId?: string;
  title: string;
  description: string;
  municipalities: string[];
  themes: string[];
  observedOn?: string;
}

/**
 * Possible duplicates of the signal being typed (same municipality and theme
 * within 14 days, or similar text), asked for once typing pauses. Merging
 * happens on the signal page, after saving.
 */
export function DuplicateHints({ excludeId }: { excludeId?: string }) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const [title, description, municipalities, themes, observedOn] = useWatch<
    SignalFormValues,
    ['title', 'description', 'municipalities', 'themes', 'observedOn']
  >({ name: ['title', 'description', 'municipalities', 'themes', 'observedOn'] });
  // Debounced as a string: a fresh object each render would restart the timer for ever.
  const settled = useDebouncedValue(
    JSON.stringify({
      excludeId,
      title: title.trim().slice(0, 200),
      description: description.trim().slice(0, 2_000),
      municipalities,
      themes,
      observedOn: DATE.test(observedOn) ? observedOn : undefined,
    }),
    400,
  );
  const draft = useMemo(() => JSON.parse(settled) as DuplicateQuery, [settled]);
  const enough = draft.title.length >= 3 || draft.description.length >= 3 || (draft.municipalities.length > 0 && draft.themes.length > 0);
  const duplicates = useQuery({
    queryKey: [...recordKeys.signals, 'duplicates', draft],
    queryFn: () => call('signals.duplicates', draft),
    enabled: enough,
    placeholderData: keepPreviousData,
  });
  const candidates = enough ? (duplicates.data ?? []) : [];

  return (
    <aside className="duplicates" aria-labelledby="duplicates-heading" aria-live="polite">
      <h2 id="duplicates-heading" className="duplicates__heading">
        {t('duplicates.heading')}
      </h2>
      {candidates.length === 0 ? (
        <p className="muted">{enough ? t('duplicates.none') : t('duplicates.hint')}</p>
      ) : (
        <ul className="duplicates__list">
          {candidates.map((candidate) => (
            <li key={candidate.id}>
              <button
                type="button"
                className="link-button"
                onClick={() => navigate({ name: 'signal', id: candidate.id })}
              >
                {candidate.number}
              </button>{' '}
              <span className="cell-title">{candidate.title}</span>
              <span className="duplicates__meta">
                {formatDate(candidate.observedOn)} · {t(`duplicates.reason.${candidate.reason}`)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {candidates.length > 0 && <p className="field__hint">{t('duplicates.mergeHint')}</p>}
    </aside>
  );
}
