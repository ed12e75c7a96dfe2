import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Signal } from '../../../../shared/domain/signal';
import { call } from '../../api/client';
import { recordKeys } from '../../api/domain';

/** Enough signals to prefill the case; the rest are linked all the same. */
const PREFILL_LIMIT = 50;

/** The signals a new case is made from, with the union of their places and themes. */
export function useSignalsToLink(ids: string[]) {
  const results = useQueries({
    queries: ids.slice(0, PREFILL_LIMIT).map((id) => ({
      queryKey: recordKeys.signal(id),
      queryFn: () => call('signals.get', { id }),
    })),
  });
  const signals = results.flatMap((result) => (result.data ? [result.data] : []));
  return {
    ready: results.every((result) => !result.isPending),
    signals,
    municipalities: [...new Set(signals.flatMap((signal) => signal.municipalities))].slice(0, 100),
    themes: [...new Set(signals.flatMap((signal) => signal.themes))].slice(0, 20),
  };
}

export function SignalsToLink({ signals }: { signals: Signal[] }) {
  const { t } = useTranslation();
  return (
    <section className="alert alert--info" aria-labelledby="signals-to-link">
      <h2 id="signals-to-link" className="alert__heading">
        {t('caseForm.fromSignals', { count: signals.length })}
      </h2>
      <ul className="plain-list">
        {signals.map((signal) => (
          <li key={signal.id}>
            <strong>{signal.number}</strong> <span className="cell-title">{signal.title}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
