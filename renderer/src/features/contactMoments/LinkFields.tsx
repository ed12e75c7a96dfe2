import { useState } from 'react';
import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { messageText } from '../../components/messages';
import { ChooseCaseDialog } from '../cases/ChooseCaseDialog';
import { SignalChooser } from '../signals/SignalChooser';
import type { ContactMomentFormValues } from './contactMomentFormValues';

/**
 * The case the contact moment belongs to and the signals discussed, both
 * optional, each chosen through a search dialog and removable again.
 * `initialLabels` names the records already linked ("CAS-2026-0001 title").
 */
export function LinkFields({ initialLabels }: { initialLabels: Record<string, string> }) {
  const { t } = useTranslation();
  const { control } = useFormContext<ContactMomentFormValues>();
  const [labels, setLabels] = useState(initialLabels);
  const [choosing, setChoosing] = useState<'case' | 'signal' | null>(null);
  const named = (id: string, label: string) => setLabels((current) => ({ ...current, [id]: label }));
  return (
    <>
      <Controller
        control={control}
        name="caseId"
        render={({ field, fieldState }) => (
          <fieldset className="fieldset">
            <legend>{t('contactMoment.caseId')}</legend>
            {field.value ? (
              <ul className="linked-records">
                <li>
                  <span>{labels[field.value] ?? field.value}</span>
                  <button type="button" className="button button--small button--quiet" onClick={() => field.onChange('')}>
                    {t('contactMoments.removeCase')}
                  </button>
                </li>
              </ul>
            ) : (
              <p className="muted">{t('contactMoments.noCase')}</p>
            )}
            {fieldState.error && <p className="field__error">{messageText(t, fieldState.error.message)}</p>}
            <button type="button" className="button button--small" ref={field.ref} onClick={() => setChoosing('case')}>
              {field.value ? t('contactMoments.otherCase') : t('contactMoments.chooseCase')}
            </button>
            {choosing === 'case' && (
              <ChooseCaseDialog
                title={t('contactMoments.chooseCase')}
                onChoose={(row) => {
                  named(row.id, `${row.number} ${row.title}`);
                  field.onChange(row.id);
                  setChoosing(null);
                }}
                onClose={() => setChoosing(null)}
              />
            )}
          </fieldset>
        )}
      />
      <Controller
        control={control}
        name="signalIds"
        render={({ field, fieldState }) => (
          <fieldset className="fieldset">
            <legend>{t('contactMoment.signalIds')}</legend>
            {field.value.length === 0 && <p className="muted">{t('contactMoments.noSignals')}</p>}
            <ul className="linked-records">
              {field.value.map((id) => (
                <li key={id}>
                  <span>{labels[id] ?? id}</span>
                  <button
                    type="button"
                    className="button button--small button--quiet"
                    onClick={() => field.onChange(field.value.filter((chosen) => chosen !== id))}
                  >
                    {t('contactMoments.removeSignal', { label: labels[id] ?? id })}
                  </button>
                </li>
              ))}
            </ul>
            {fieldState.error && <p className="field__error">{messageText(t, fieldState.error.message)}</p>}
            <button type="button" className="button button--small" ref={field.ref} onClick={() => setChoosing('signal')}>
              {t('contactMoments.addSignal')}
            </button>
            {choosing === 'signal' && (
              <Dialog title={t('contactMoments.addSignal')} onClose={() => setChoosing(null)} wide>
                <SignalChooser
                  excludeIds={field.value}
                  onChoose={(row) => {
                    named(row.id, `${row.number} ${row.title}`);
                    field.onChange([...field.value, row.id]);
                    setChoosing(null);
                  }}
                />
              </Dialog>
            )}
          </fieldset>
        )}
      />
    </>
  );
}
