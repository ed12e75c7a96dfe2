import { useMutation, useQuery } from '@tanstack/react-query';
import { useContext, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BriefingKind } from '../../../../shared/domain/briefing';
import { call } from '../../api/client';
import { useReference } from '../../api/domain';
import { Alert } from '../../components/Alert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { draftKeys, draftTitleText, findDraft } from '../../components/form/formDrafts';
import { HistoryTable } from '../../components/HistoryTable';
import { ReasonDialog } from '../../components/ReasonDialog';
import { formatDateTime } from '../../format';
import '../../styles/briefings.css';
import { BackButton } from '../shell/BackButton';
import { PersistentStateContext } from '../shell/persistentState';
import { draftToValues, newBriefingValues } from './briefingFormValues';
import { briefingKeys, useBriefingSaved, useHouseStyle } from './briefingQueries';
import { ComposerForm, flashKey } from './ComposerForm';

interface BriefingComposerPageProps {
  /** An existing note; without one, a new note (prefilled from where it was started). */
  id?: string;
  kind?: BriefingKind;
  signalIds?: string[];
  caseIds?: string[];
}

/** One note: compose, preview, export, follow its status and versions. */
export function BriefingComposerPage({ id, kind, signalIds, caseIds }: BriefingComposerPageProps) {
  const { t } = useTranslation();
  const store = useContext(PersistentStateContext);
  const saved = useBriefingSaved();
  const [deleting, setDeleting] = useState(false);
  // What the composer of a new note left for this page (read once; cleared after it showed).
  const [flash] = useState(() => (id ? ((store.get(flashKey(id)) as string | undefined) ?? null) : null));
  useEffect(() => {
    if (id) store.delete(flashKey(id));
  }, [store, id]);
  const houseStyle = useHouseStyle();
  const reference = useReference();
  const existing = useQuery({ queryKey: briefingKeys.one(id ?? ''), queryFn: () => call('briefings.get', { id: id ?? '' }), enabled: !!id });
  const remove = useMutation({
    mutationFn: (reason: string) => call('briefings.delete', { id: id ?? '', reason }),
    onSuccess: (result) => {
      saved(result);
      setDeleting(false);
    },
  });
  const restore = useMutation({ mutationFn: () => call('briefings.restore', { id: id ?? '' }), onSuccess: saved });
  // Unsaved input of this note kept across a lock; read afresh each time the composer opens.
  const formKey = id ? `briefing:edit:${id}` : 'briefing:new';
  const stored = useQuery({ queryKey: draftKeys.form(formKey), queryFn: () => findDraft(formKey), gcTime: 0, staleTime: 0, retry: false });

  const failure = houseStyle.error ?? reference.error ?? existing.error;
  if (failure) {
    return (
      <>
        <BackButton />
        <ErrorAlert error={failure} />
      </>
    );
  }
  if (!houseStyle.data || !reference.data || (id && !existing.data) || stored.isPending) return <p className="muted">{t('app.loading')}</p>;
  const briefing = existing.data;
  const initial = briefing
    ? draftToValues(briefing.draft, houseStyle.data.recipients)
    : newBriefingValues({ kind, signalIds, caseIds });
  const deleted = !!briefing?.deletedAt;
  const editable = !briefing || (briefing.status !== 'verzonden' && !deleted);
  const subjectOf = (values: { subject?: string }) => draftTitleText(values.subject ?? '') || t('forms.untitled');
  const draft = editable
    ? {
        formKey,
        route: briefing ? { name: 'briefing' as const, id: briefing.id } : { name: 'briefingNew' as const, kind, signalIds, caseIds },
        title: (values: { subject?: string }) =>
          briefing
            ? t('forms.draftTitle.briefingEdit', { number: briefing.reference, title: subjectOf(values) })
            : t('forms.draftTitle.briefingNew', { title: subjectOf(values) }),
      }
    : undefined;

  return (
    <>
      <BackButton />
      <div className="page-header">
        <div>
          {briefing && (
            <p className="page-header__kicker">
              {briefing.reference} · {t(`briefing.kinds.${briefing.kind}`)} · {t(`briefing.statuses.${briefing.status}`)} ·{' '}
              {t(`enums.classification.${briefing.classification}`)}
            </p>
          )}
          <h1 className="cell-title">{briefing ? briefing.draft.subject || t('briefings.noSubject') : t('briefings.newHeading')}</h1>
        </div>
        {briefing && !deleted && (
          <div className="button-row">
            <button type="button" className="button button--quiet" onClick={() => setDeleting(true)}>
              {t('briefings.delete')}
            </button>
          </div>
        )}
      </div>
      {deleted && briefing && (
        <Alert kind="warning">
          <p>{t('briefings.deleted', { at: formatDateTime(briefing.deletedAt) })}</p>
          <button type="button" className="button button--small" disabled={restore.isPending} onClick={() => restore.mutate()}>
            {t('briefings.restore')}
          </button>
        </Alert>
      )}
      <ErrorAlert error={restore.error} />
      <ComposerForm
        // A restored or reloaded note starts from what is stored.
        key={briefing ? `${briefing.id}-${briefing.deletedAt ?? ''}` : 'new'}
        briefing={briefing}
        initial={initial}
        houseStyle={houseStyle.data}
        reference={reference.data}
        flash={flash}
        draft={draft}
        stored={editable ? (stored.data ?? null) : null}
      />
      {briefing && (
        <section className="card briefing-wide" aria-labelledby="briefing-history">
          <h2 id="briefing-history">{t('history.heading')}</h2>
          <HistoryTable entity="briefing" id={briefing.id} />
        </section>
      )}
      {deleting && briefing && (
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
      )}
    </>
  );
}
