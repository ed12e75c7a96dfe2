import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { recordKeys } from '../../api/domain';
import { Dialog } from '../../components/Dialog';
import { ChooseCaseDialog } from '../cases/ChooseCaseDialog';
import { SignalChooser } from '../signals/SignalChooser';

/** Named rows for the chosen records; a long hand-picked list shows its first ones and a count. */
const SHOWN = 25;

interface PickedListProps {
  legend: string;
  emptyText: string;
  items: { id: string; number: string; title: string }[];
  total: number;
  removeLabel: (number: string) => string;
  onRemove: (id: string) => void;
  addLabel: string;
  onAdd: () => void;
  error?: string;
}

function PickedList({ legend, emptyText, items, total, removeLabel, onRemove, addLabel, onAdd, error }: PickedListProps) {
  const { t } = useTranslation();
  return (
    <fieldset className={`briefing-picked${error ? ' field--invalid' : ''}`}>
      <legend>{legend}</legend>
      {total === 0 ? (
        <p className="muted">{emptyText}</p>
      ) : (
        <ul className="plain-list briefing-picked__list">
          {items.map((item) => (
            <li key={item.id}>
              <strong className="nowrap">{item.number}</strong> <span className="cell-title">{item.title}</span>{' '}
              <button type="button" className="tag__remove" aria-label={removeLabel(item.number)} onClick={() => onRemove(item.id)}>
                ×
              </button>
            </li>
          ))}
          {total > items.length && <li className="muted">{t('briefings.moreChosen', { count: total - items.length })}</li>}
        </ul>
      )}
      {error && <p className="field__error">{error}</p>}
      <button type="button" className="button button--small" onClick={onAdd}>
        {addLabel}
      </button>
    </fieldset>
  );
}

function useNamed(kind: 'signal' | 'case', ids: string[]) {
  const results = useQueries({
    queries: ids.slice(0, SHOWN).map((id) =>
      kind === 'signal'
        ? { queryKey: recordKeys.signal(id), queryFn: () => call('signals.get', { id }) }
        : { queryKey: recordKeys.case(id), queryFn: () => call('cases.get', { id }) },
    ),
  });
  return ids.slice(0, SHOWN).map((id, index) => {
    const data = results[index]?.data;
    return { id, number: data?.number ?? '…', title: data?.title ?? '' };
  });
}

interface PickedProps {
  ids: string[];
  onChange: (ids: string[]) => void;
  error?: string;
}

export function PickedSignals({ ids, onChange, error }: PickedProps) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const items = useNamed('signal', ids);
  return (
    <>
      <PickedList
        legend={t('briefings.handLegend')}
        emptyText={t('briefings.noSignals')}
        items={items}
        total={ids.length}
        removeLabel={(number) => t('briefings.removeSignal', { number })}
        onRemove={(id) => onChange(ids.filter((other) => other !== id))}
        addLabel={t('briefings.addSignal')}
        onAdd={() => setAdding(true)}
        error={error}
      />
      {adding && (
        <Dialog title={t('briefings.chooseSignal')} onClose={() => setAdding(false)}>
          <SignalChooser
            excludeIds={ids}
            onChoose={(row) => {
              onChange([...ids, row.id]);
              setAdding(false);
            }}
          />
        </Dialog>
      )}
    </>
  );
}

export function PickedCases({ ids, onChange, error }: PickedProps) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const items = useNamed('case', ids);
  return (
    <>
      <PickedList
        legend={t('briefings.chosenCases')}
        emptyText={t('briefings.noCases')}
        items={items}
        total={ids.length}
        removeLabel={(number) => t('briefings.removeCase', { number })}
        onRemove={(id) => onChange(ids.filter((other) => other !== id))}
        addLabel={t('briefings.addCase')}
        onAdd={() => setAdding(true)}
        error={error}
      />
      {adding && (
        <ChooseCaseDialog
          title={t('briefings.chooseCase')}
          onChoose={(row) => {
            if (!ids.includes(row.id)) onChange([...ids, row.id]);
            setAdding(false);
          }}
          onClose={() => setAdding(false)}
        />
      )}
    </>
  );
}
