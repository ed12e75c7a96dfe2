import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedView } from '../../../shared/domain/history';
import { call } from '../api/client';
import { recordKeys } from '../api/domain';
import { ErrorAlert } from './ErrorAlert';

interface SavedViewsProps {
  entity: 'signal' | 'case';
  /** What "save" stores: the list's filters, sort, columns and page size. */
  current: Record<string, unknown>;
  onApply: (view: SavedView) => void;
}

/** Pick, save and delete named filter-and-sort sets of a list. */
export function SavedViews({ entity, current, onApply }: SavedViewsProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const selectId = useId();
  const nameId = useId();
  const [selected, setSelected] = useState('');
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const views = useQuery({ queryKey: recordKeys.views(entity), queryFn: () => call('views.list', { entity }) });
  const refresh = () => queryClient.invalidateQueries({ queryKey: recordKeys.views(entity) });
  const save = useMutation({
    mutationFn: (viewName: string) => call('views.save', { entity, name: viewName, definition: current }),
    onSuccess: (view) => {
      void refresh();
      setSelected(view.id);
      setNaming(false);
      setName('');
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) => call('views.delete', { id }),
    onSuccess: () => {
      void refresh();
      setSelected('');
      setConfirmDelete(false);
    },
  });
  const chosen = views.data?.find((view) => view.id === selected);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) save.mutate(name.trim());
  };
  return (
    <div className="saved-views">
      <label htmlFor={selectId}>{t('views.label')}</label>
      <select
        id={selectId}
        value={selected}
        onChange={(event) => {
          setSelected(event.target.value);
          setConfirmDelete(false);
          const view = views.data?.find((v) => v.id === event.target.value);
          if (view) onApply(view);
        }}
      >
        <option value="">{t('views.none')}</option>
        {views.data?.map((view) => (
          <option key={view.id} value={view.id}>
            {view.name}
          </option>
        ))}
      </select>
      {naming ? (
        <form className="inline-form" onSubmit={submit}>
          <label htmlFor={nameId} className="visually-hidden">
            {t('views.name')}
          </label>
          <input
            id={nameId}
            value={name}
            maxLength={80}
            placeholder={t('views.name')}
            onChange={(event) => setName(event.target.value)}
            // The name box appears because the adviser asked for it; typing can start at once.
            // eslint-disable-next-line jsx-a11y/no-autofocus
            autoFocus
          />
          <button type="submit" className="button button--small button--primary" disabled={!name.trim() || save.isPending}>
            {t('views.save')}
          </button>
          <button type="button" className="button button--small button--quiet" onClick={() => setNaming(false)}>
            {t('common.cancel')}
          </button>
        </form>
      ) : (
        <button type="button" className="button button--small" onClick={() => setNaming(true)}>
          {t('views.saveAs')}
        </button>
      )}
      {chosen && !confirmDelete && (
        <button type="button" className="button button--small button--quiet" onClick={() => setConfirmDelete(true)}>
          {t('views.delete')}
        </button>
      )}
      {chosen && confirmDelete && (
        <span className="inline-confirm" role="group" aria-label={t('views.confirmDelete', { name: chosen.name })}>
          <span>{t('views.confirmDelete', { name: chosen.name })}</span>
          <button type="button" className="button button--small" onClick={() => remove.mutate(chosen.id)}>
            {t('common.yesDelete')}
          </button>
          <button type="button" className="button button--small button--quiet" onClick={() => setConfirmDelete(false)}>
            {t('common.cancel')}
          </button>
        </span>
      )}
      <ErrorAlert error={views.error ?? save.error ?? remove.error} />
    </div>
  );
}
