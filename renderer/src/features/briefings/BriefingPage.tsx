import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Briefing, BriefingDraftInput } from '../../../../shared/domain/briefing';
import { call } from '../../api/client';
import { Alert } from '../../components/Alert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RecordPage } from '../../components/record/RecordPage';
import { ReasonDialog } from '../../components/ReasonDialog';
import { formatDateTime } from '../../format';
import '../../styles/briefings.css';
import { RecordStatus } from '../shell/RecordStatus';
import { BriefingComposerPage } from './BriefingComposerPage';
import { BriefingDocumentView } from './BriefingDocumentView';
import { briefingKeys, useBriefingSaved } from './briefingQueries';
import { ExportsSection } from './ExportsSection';
import { StatusSection } from './StatusSection';
import { useBriefingPreview } from './useBriefingPreview';

/**
 * A note's page. A sent note is a record, no longer a form: it reads as the
 * document, with its actions (export again, delete) in the record page's
 * sticky bar. A note still being written opens in the composer.
 */
export function BriefingPage({ id }: { id: string }) {
  const query = useQuery({ queryKey: briefingKeys.one(id), queryFn: () => call('briefings.get', { id }) });
  if (!query.data) return <RecordStatus error={query.error} />;
  if (query.data.status !== 'verzonden') return <BriefingComposerPage id={id} />;
  return <SentNotePage briefing={query.data} />;
}

function SentNotePage({ briefing }: { briefing: Briefing }) {
  const { t } = useTranslation();
  const saved = useBriefingSaved();
  const [deleting, setDeleting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const preview = useBriefingPreview(briefing.draft as BriefingDraftInput, briefing.id, { immediate: true });
  const exporting = useMutation({
    mutationFn: async () => {
      const outcome = await call('briefings.export', { id: briefing.id });
      return { outcome, current: outcome.path === null ? briefing : await call('briefings.get', { id: briefing.id }) };
    },
    onMutate: () => setNotice(null),
    onSuccess: ({ outcome, current }) => {
      saved(current);
      // No path: the adviser cancelled the save dialog.
      if (outcome.path !== null) setNotice(t('briefings.exported', { version: outcome.export.version, path: outcome.path }));
    },
  });
  const remove = useMutation({
    mutationFn: (reason: string) => call('briefings.delete', { id: briefing.id, reason }),
    onSuccess: (result) => {
      saved(result);
      setDeleting(false);
    },
  });
  const restore = useMutation<unknown, Error, void>({
    mutationFn: () => call('briefings.restore', { id: briefing.id }),
    onSuccess: (result) => saved(result as Briefing),
  });
  const deleted = briefing.deletedAt !== null;

  return (
    <RecordPage
      kicker={`${briefing.reference} · ${t(`briefing.kinds.${briefing.kind}`)} · ${t(`briefing.statuses.${briefing.status}`)} · ${t(`enums.classification.${briefing.classification}`)}`}
      title={briefing.draft.subject || t('briefings.noSubject')}
      actions={
        <>
          <button type="button" className="button button--primary" disabled={deleted || exporting.isPending} onClick={() => exporting.mutate()}>
            {exporting.isPending ? t('briefings.exporting') : t('briefings.export')}
          </button>
          {!deleted && (
            <button type="button" className="button button--quiet" onClick={() => setDeleting(true)}>
              {t('briefings.delete')}
            </button>
          )}
        </>
      }
      deletion={{
        deleted,
        message: <p>{t('briefings.deleted', { at: formatDateTime(briefing.deletedAt) })}</p>,
        restoreLabel: t('briefings.restore'),
        restore,
      }}
      notices={
        <>
          <ErrorAlert error={exporting.error} />
          {notice && <Alert kind="success">{notice}</Alert>}
        </>
      }
      history={{ entity: 'briefing', id: briefing.id }}
      footer={
        deleting && (
          <ReasonDialog
            title={t('briefings.deleteHeading', { reference: briefing.reference })}
            intro={t('briefings.deleteIntro')}
            label={t('delete.reason')}
            submitLabel={t('delete.submit')}
            onSubmit={(reason) => remove.mutate(reason)}
            onClose={() => setDeleting(false)}
            busy={remove.isPending}
            error={remove.error}
          />
        )
      }
    >
      <StatusSection briefing={briefing} dirty={false} />
      <ExportsSection briefingId={briefing.id} />
      <section className="card briefing-wide" aria-labelledby="briefing-document">
        <h2 id="briefing-document">{t('records.noteDocument')}</h2>
        <p className="field__hint">{t('records.noteSentIntro')}</p>
        <ErrorAlert error={preview.error} />
        {preview.data ? <BriefingDocumentView model={preview.data.model} /> : !preview.error && <p className="muted">{t('app.loading')}</p>}
      </section>
    </RecordPage>
  );
}
