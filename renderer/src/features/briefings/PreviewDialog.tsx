import { useTranslation } from 'react-i18next';
import type { BriefingDraftInput } from '../../../../shared/domain/briefing';
import { Alert } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useIssueTexts } from './briefingQueries';
import { BriefingDocumentView } from './BriefingDocumentView';
import { useBriefingPreview } from './useBriefingPreview';

/** The note as it stands on screen now, laid out as the document, before anything is saved or exported. */
export function PreviewDialog({ draft, id, onClose }: { draft: BriefingDraftInput; id: string | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const issueTexts = useIssueTexts();
  const preview = useBriefingPreview(draft, id, { immediate: true });
  const issues = issueTexts(preview.error);
  return (
    <Dialog title={t('briefings.previewHeading')} onClose={onClose} wide className="briefing-preview">
      <p className="field__hint">{t('briefings.previewNote')}</p>
      {issues.length > 0 ? (
        <Alert kind="error">
          {t('briefings.previewStale')}
          <ul className="alert__list">
            {issues.map((issue) => (
              <li key={issue}>{issue}</li>
            ))}
          </ul>
        </Alert>
      ) : (
        <ErrorAlert error={preview.error} />
      )}
      {(!preview.data || preview.isPlaceholderData) && !preview.error && <p className="muted">{t('app.loading')}</p>}
      {preview.data && !preview.isPlaceholderData && !preview.error && <BriefingDocumentView model={preview.data.model} />}
    </Dialog>
  );
}
