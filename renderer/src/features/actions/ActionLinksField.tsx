import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { messageText } from '../../components/messages';
import { RecordPicker } from '../../components/picker/RecordPicker';
import { useCaseSource, useSignalSource } from '../../components/picker/recordSources';
import type { ActionFormValues } from './actionFormValues';

/**
 * What the action follows from: a signal, a case and/or a contact moment.
 * The signal and the case are chosen with a picker in the form (Enter there
 * never saves the action); a contact moment adds its actions from its own
 * page, so here it can only be unlinked.
 */
export function ActionLinksField({ initialLabels }: { initialLabels: Record<string, string> }) {
  const { t } = useTranslation();
  const { control, setValue, formState } = useFormContext<ActionFormValues>();
  const [signalId, caseId, contactMomentId] = useWatch({ control, name: ['signalId', 'caseId', 'contactMomentId'] });
  const signalSource = useSignalSource();
  const caseSource = useCaseSource();
  const choose = (field: 'signalId' | 'caseId', ids: string[]) =>
    setValue(field, ids[0] ?? '', { shouldDirty: true, shouldValidate: true });
  const labelOf = (id: string) => initialLabels[id];
  const momentLabel = initialLabels[contactMomentId] ?? contactMomentId;
  const momentError = messageText(t, formState.errors.contactMomentId?.message);
  return (
    <fieldset className="fieldset">
      <legend>{t('actions.linksHeading')}</legend>
      {contactMomentId && (
        <ul className="linked-records">
          <li>
            <span>
              <strong>{t('action.contactMomentId')}:</strong> {momentLabel}
            </span>
            <button
              type="button"
              className="button button--small button--quiet"
              onClick={() => setValue('contactMomentId', '', { shouldDirty: true })}
            >
              {t('actions.unlink', { label: momentLabel })}
            </button>
            {momentError && <span className="field__error">{momentError}</span>}
          </li>
        </ul>
      )}
      <RecordPicker
        kind="signal"
        multiple={false}
        label={t('action.signalId')}
        source={signalSource}
        value={signalId ? [signalId] : []}
        onChange={(ids) => choose('signalId', ids)}
        labelOf={labelOf}
        error={messageText(t, formState.errors.signalId?.message)}
      />
      <RecordPicker
        kind="case"
        multiple={false}
        label={t('action.caseId')}
        source={caseSource}
        value={caseId ? [caseId] : []}
        onChange={(ids) => choose('caseId', ids)}
        labelOf={labelOf}
        error={messageText(t, formState.errors.caseId?.message)}
      />
    </fieldset>
  );
}
