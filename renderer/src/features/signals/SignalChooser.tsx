import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignalListRow } from '../../../../shared/domain/signal';
import { call } from '../../api/client';
import { recordKeys } from '../../api/domain';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../format';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';

interface SignalChooserProps {
  /** Signals that cannot be chosen (the signal itself, those already in the case). */
  excludeIds: string[];
  onChoose: (row: SignalListRow) => void;
  busy?: boolean;
}

/** Search box plus the ten best matching signals, each a button; for dialogs that pick a signal. */
export function SignalChooser({ excludeIds, onChoose, busy }: SignalChooserProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const query = useDebouncedValue(text.trim(), 300);
  const signals = useQuery({
    queryKey: [...recordKeys.signals, 'choose', query],
    queryFn: () =>
      call('signals.list', {
        filters: { text: query || undefined },
        sort: { column: 'receivedOn', direction: 'desc' },
        page: { offset: 0, limit: 10 + excludeIds.length },
      }),
    placeholderData: keepPreviousData,
  });
  const rows = (signals.data?.rows ?? []).filter((row) => !excludeIds.includes(row.id)).slice(0, 10);
  return (
    <>
      <div className="field">
        <label htmlFor="choose-signal-text">{t('signals.findLabel')}</label>
        <input
          id="choose-signal-text"
          type="search"
          value={text}
          onChange={(event) => setText(event.target.value)}
          // The dialog exists to search; the box is where the adviser starts.
          // eslint-disable-next-line jsx-a11y/no-autofocus
          autoFocus
        />
      </div>
      <ErrorAlert error={signals.error} />
      {signals.data && rows.length === 0 && <p className="muted">{t('signals.noneFound')}</p>}
      <ul className="choice-list">
        {rows.map((row) => (
          <li key={row.id}>
            <button type="button" className="choice" disabled={busy} onClick={() => onChoose(row)}>
              <strong>{row.number}</strong> <span>{row.title}</span>
              <span className="muted"> · {formatDate(row.receivedOn)}</span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
