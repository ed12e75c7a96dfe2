import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft } from '../../../../shared/contract/draftChannels';
import { call } from '../../api/client';
import { formatDateTime } from '../../format';
import type { Route } from '../../features/shell/navigation';
import { draftKeys } from './formDrafts';
import '../../styles/forms.css';

/**
 * After unlocking: the adviser's unsaved work kept in the case file, each
 * with "Doorgaan" (the form opens with the draft, which it finds itself) and
 * "Weggooien". Shown once per unlock; an answered line goes away.
 */
export function DraftOffer({ onContinue }: { onContinue: (route: Route) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // Read once when the shell opens: a form saved or cancelled later does not make a line reappear.
  const drafts = useQuery({ queryKey: draftKeys.offer, queryFn: () => call('drafts.list', {}), staleTime: Infinity, retry: false });
  const [answered, setAnswered] = useState<string[]>([]);
  const open = (drafts.data ?? []).filter((draft) => !answered.includes(draft.formKey));
  if (open.length === 0) return null;
  const answer = (draft: Draft) => setAnswered((current) => [...current, draft.formKey]);
  return (
    <section className="alert alert--info draft-offer" aria-labelledby="draft-offer-heading">
      <h2 id="draft-offer-heading">{t('forms.offerHeading')}</h2>
      <ul className="draft-offer__list">
        {open.map((draft) => (
          <li key={draft.formKey} className="draft-offer__item">
            <span className="draft-offer__text">{t('forms.offerItem', { at: formatDateTime(draft.savedAt), title: draft.title })}</span>
            <button
              type="button"
              className="button button--small button--primary"
              aria-label={t('forms.offerContinueLabel', { title: draft.title })}
              onClick={() => {
                answer(draft);
                onContinue(draft.route as Route);
              }}
            >
              {t('forms.offerContinue')}
            </button>
            <button
              type="button"
              className="button button--small button--quiet"
              aria-label={t('forms.offerDiscardLabel', { title: draft.title })}
              onClick={() => {
                answer(draft);
                void call('drafts.discard', { formKey: draft.formKey }).then(() => queryClient.removeQueries({ queryKey: draftKeys.form(draft.formKey) }));
              }}
            >
              {t('forms.offerDiscard')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
