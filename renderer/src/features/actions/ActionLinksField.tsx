import { useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { messageText } from '../../components/messages';
import { ChooseCaseDialog } from '../cases/ChooseCaseDialog';
import { SignalChooser } from '../signals/SignalChooser';
import type { ActionFormValues } from './actionFormValues';

type LinkField = 'signalId' | 'caseId' | 'contactMomentId';
const LINK_FIELDS: readonly LinkField[] = ['contactMomentId', 'signalId', 'caseId'];

/**
 * What the action follows from: a signal, a case and/or a contact moment.
 * Each can be unlinked; a signal and a case can be chosen here too (a
 * contact moment adds its actions from its own page).
 */
export function ActionLinksField({ initialLabels }: { initialLabels: Record<string, string> }) {
  const { t } = useTranslation();
  const { control, setValue, formState } = useFormContext<ActionFormValues>();
  const values = useWatch({ control, name: LINK_FIELDS });
  const [labels, setLabels] = useState(initialLabels);
  const [choosing, setChoosing] = useState<'signal' | 'case' | null>(null);
  const link = (field: LinkField, id: string, label: string) => {
    setLabels((current) => ({ ...current, [id]: label }));
    setValue(field, id, { shouldDirty: true, shouldValidate: true });
    setChoosing(null);
  };
  const linked = LINK_FIELDS.map((field, index) => ({ field, id: values[index] ?? '' })).filter((entry) => entry.id);
  return (
    <fieldset className="fieldset">
      <legend>{t('actions.linksHeading')}</legend>
      {linked.length === 0 && <p className="muted">{t('actions.noLinks')}</p>}
      <ul className="linked-records">
        {linked.map(({ field, id }) => {
          const label = labels[id] ?? id;
          const error = messageText(t, formState.errors[field]?.message);
          return (
            <li key={field}>
              <span>
                <strong>{t(`action.${field}`)}:</strong> {label}
              </span>
              <button
                type="button"
                className="button button--small button--quiet"
                onClick={() => setValue(field, '', { shouldDirty: true })}
              >
                {t('actions.unlink', { label })}
              </button>
              {error && <span className="field__error">{error}</span>}
            </li>
          );
        })}
      </ul>
      <div className="button-row">
        <button type="button" className="button button--small" onClick={() => setChoosing('signal')}>
          {t('actions.chooseSignal')}
        </button>
        <button type="button" className="button button--small" onClick={() => setChoosing('case')}>
          {t('actions.chooseCase')}
        </button>
      </div>
      {choosing === 'signal' && (
        <Dialog title={t('actions.chooseSignal')} onClose={() => setChoosing(null)} wide>
          <SignalChooser excludeIds={[]} onChoose={(row) => link('signalId', row.id, `${row.number} ${row.title}`)} />
        </Dialog>
      )}
      {choosing === 'case' && (
        <ChooseCaseDialog
          title={t('actions.chooseCase')}
          onChoose={(row) => link('caseId', row.id, `${row.number} ${row.title}`)}
          onClose={() => setChoosing(null)}
        />
      )}
    </fieldset>
  );
}
