import { useTranslation } from 'react-i18next';
import type { CaseListRow } from '../../../../shared/domain/case';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RecordPicker } from '../../components/picker/RecordPicker';
import { useCaseSource } from '../../components/picker/recordSources';

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
  const source = useCaseSource();
  return (
    <Dialog title={title} onClose={onClose}>
      <RecordPicker
        kind="case"
        id="choose-case-text"
        label={t('cases.findLabel')}
        source={source}
        value={[]}
        onChange={() => undefined}
        onPick={(item) => item.record && onChoose(item.record)}
        disabled={busy}
      />
      <ErrorAlert error={error} />
    </Dialog>
  );
}
