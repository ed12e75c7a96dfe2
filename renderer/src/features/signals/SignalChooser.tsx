import { useTranslation } from 'react-i18next';
import type { SignalListRow } from '../../../../shared/domain/signal';
import { RecordPicker } from '../../components/picker/RecordPicker';
import { useSignalSource } from '../../components/picker/recordSources';

interface SignalChooserProps {
  /** Signals that cannot be chosen (the signal itself, those already in the case). */
  excludeIds: string[];
  onChoose: (row: SignalListRow) => void;
  busy?: boolean;
}

/** Find one signal by number or words and hand it over; for dialogs that pick a signal. */
export function SignalChooser({ excludeIds, onChoose, busy }: SignalChooserProps) {
  const { t } = useTranslation();
  const source = useSignalSource();
  return (
    <RecordPicker
      kind="signal"
      id="choose-signal-text"
      label={t('signals.findLabel')}
      source={source}
      value={[]}
      onChange={() => undefined}
      onPick={(item) => item.record && onChoose(item.record)}
      exclude={excludeIds}
      disabled={busy}
    />
  );
}
