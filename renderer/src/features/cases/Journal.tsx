import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { journalEntryInputSchema } from '../../../../shared/domain/case';
import { call } from '../../api/client';
import { recordKeys, useInvalidateRecords } from '../../api/domain';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { messageText } from '../../components/messages';
import { TextAreaField } from '../../components/TextAreaField';
import { formatDate, localToday } from '../../format';

/** Dated notes on a case: newest first, with a short form to add one. */
export function Journal({ caseId, disabled }: { caseId: string; disabled: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  const invalidate = useInvalidateRecords();
  const [entryOn, setEntryOn] = useState(localToday);
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<{ entryOn?: string; text?: string }>({});
  const entries = useQuery({
    queryKey: [...recordKeys.cases, 'journal', caseId],
    queryFn: () => call('journal.list', { caseId }),
  });
  const add = useMutation({
    mutationFn: () => call('journal.add', { caseId, entryOn, text }),
    onSuccess: () => {
      setText('');
      invalidate();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Same schema as the service, so the message is the same one it would give.
    const parsed = journalEntryInputSchema.safeParse({ caseId, entryOn, text });
    const found: { entryOn?: string; text?: string } = {};
    for (const issue of parsed.error?.issues ?? []) {
      const field = issue.path[0];
      if (field === 'entryOn' || field === 'text') found[field] ??= messageText(t, issue.message);
    }
    setErrors(found);
    if (parsed.success) add.mutate();
  };
  const sorted = [...(entries.data ?? [])].sort((a, b) => b.entryOn.localeCompare(a.entryOn) || b.createdAt.localeCompare(a.createdAt));
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('journal.heading')}</h2>
      {!disabled && (
        <form noValidate onSubmit={submit} className="journal__form">
          <Field
            label={t('journal.entryOn')}
            type="date"
            className="input--date"
            value={entryOn}
            error={errors.entryOn}
            onChange={(event) => setEntryOn(event.target.value)}
          />
          <TextAreaField
            label={t('journal.text')}
            rows={3}
            value={text}
            error={errors.text}
            onChange={(event) => setText(event.target.value)}
          />
          <ErrorAlert error={add.error} />
          <button type="submit" className="button button--small button--primary" disabled={add.isPending}>
            {t('journal.add')}
          </button>
        </form>
      )}
      <ErrorAlert error={entries.error} />
      {entries.data && sorted.length === 0 && <p className="muted">{t('journal.empty')}</p>}
      <ul className="journal__list">
        {sorted.map((entry) => (
          <li key={entry.id}>
            <p className="journal__meta">
              <time dateTime={entry.entryOn}>{formatDate(entry.entryOn)}</time>
              {entry.authorName && <span> · {entry.authorName}</span>}
            </p>
            <p className="prose">{entry.text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
