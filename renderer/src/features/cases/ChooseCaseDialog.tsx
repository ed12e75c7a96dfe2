import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseListRow } from '../../../../shared/domain/case';
import { call } from '../../api/client';
import { recordKeys } from '../../api/domain';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';

interface ChooseCaseDialogProps {
  title: string;
  onChoose: (chosen: CaseListRow) => void;
  onClose: () => void;
  /** Error of what happens after choosing (shown in the dialog, which stays open). */
  error?: unknown;
  busy?: boolean;
}

/** Find a case by number or words and pick it. */
export function ChooseCaseDialog({ title, onChoose, onClose, error, busy }: ChooseCaseDialogProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const query = useDebouncedValue(text.trim(), 300);
  const cases = useQuery({
    queryKey: [...recordKeys.cases, 'choose', query],
    queryFn: () =>
      call('cases.list', {
        filters: { text: query || undefined },
        sort: { column: 'updatedAt', direction: 'desc' },
        page: { offset: 0, limit: 10 },
      }),
    placeholderData: keepPreviousData,
  });
  return (
    <Dialog title={title} onClose={onClose}>
      <div className="field">
        <label htmlFor="choose-case-text">{t('cases.findLabel')}</label>
        <input
          id="choose-case-text"
          type="search"
          value={text}
          onChange={(event) => setText(event.target.value)}
          // The dialog exists to search; the box is where the adviser starts.
          // eslint-disable-next-line jsx-a11y/no-autofocus
          autoFocus
        />
      </div>
      <ErrorAlert error={cases.error ?? error} />
      {cases.data && cases.data.rows.length === 0 && <p className="muted">{t('cases.noneFound')}</p>}
      <ul className="choice-list">
        {cases.data?.rows.map((row) => (
          <li key={row.id}>
            <button type="button" className="choice" disabled={busy} onClick={() => onChoose(row)}>
              <strong>{row.number}</strong> <span>{row.title}</span>
              <span className="muted"> · {t(`enums.caseStatus.${row.status as 'open'}`)}</span>
            </button>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
