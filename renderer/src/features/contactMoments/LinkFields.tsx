import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { messageText } from '../../components/messages';
import { RecordPicker } from '../../components/picker/RecordPicker';
import { useCaseSource, useSignalSource } from '../../components/picker/recordSources';
import type { ContactMomentFormValues } from './contactMomentFormValues';

/**
 * The case the contact moment belongs to and the signals discussed, both
 * optional, each found with a picker in the form itself (no dialog: Enter in
 * the picker never saves the contact moment) and removable as a tag.
 * `initialLabels` names the records already linked ("CAS-2026-0001 title").
 */
export function LinkFields({ initialLabels }: { initialLabels: Record<string, string> }) {
  const { t } = useTranslation();
  const { control } = useFormContext<ContactMomentFormValues>();
  const caseSource = useCaseSource();
  const signalSource = useSignalSource();
  return (
    <>
      <Controller
        control={control}
        name="caseId"
        render={({ field, fieldState }) => (
          <RecordPicker
            kind="case"
            multiple={false}
            label={t('contactMoment.caseId')}
            source={caseSource}
            value={field.value ? [field.value] : []}
            onChange={(ids) => field.onChange(ids[0] ?? '')}
            onBlur={field.onBlur}
            ref={field.ref}
            labelOf={(id) => initialLabels[id]}
            error={messageText(t, fieldState.error?.message)}
          />
        )}
      />
      <Controller
        control={control}
        name="signalIds"
        render={({ field, fieldState }) => (
          <RecordPicker
            kind="signal"
            label={t('contactMoment.signalIds')}
            source={signalSource}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            ref={field.ref}
            labelOf={(id) => initialLabels[id]}
            error={messageText(t, fieldState.error?.message)}
          />
        )}
      />
    </>
  );
}
