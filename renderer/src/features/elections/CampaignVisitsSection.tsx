import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignVisit } from '../../../../shared/domain/election';
import { call } from '../../api/client';
import { ReasonDialog } from '../../components/ReasonDialog';
import { formatDate } from '../../format';
import { useNavigation } from '../shell/navigation';
import { useInvalidateElections } from './electionQueries';
import { countryName } from './electionText';

/** Whether the ban applies to a visit, in words (a flagged visit is also marked, never by colour alone). */
export function VisitCheck({ visit }: { visit: CampaignVisit }) {
  const { t } = useTranslation();
  if (visit.flagged) return <strong className="elections-flag">{t('campaignVisits.flagged')}</strong>;
  if (visit.insideWindow) return <span>{t('campaignVisits.insideEu')}</span>;
  return <span className="muted">{t('campaignVisits.outside')}</span>;
}

/** The announced campaign visits for the election, with add, change and delete. */
export function CampaignVisitsSection({ electionId, visits, disabled }: { electionId: string; visits: CampaignVisit[]; disabled: boolean }) {
  const { t, i18n } = useTranslation();
  const { navigate } = useNavigation();
  const invalidate = useInvalidateElections();
  const [deleting, setDeleting] = useState<CampaignVisit | null>(null);
  const remove = useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) => call('campaignVisits.delete', { id, reason }),
    onSuccess: () => {
      invalidate();
      setDeleting(null);
    },
  });
  return (
    <section className="card" aria-labelledby="election-visits">
      <h2 id="election-visits">
        {t('elections.visitsHeading')} ({visits.length})
      </h2>
      {visits.length === 0 ? (
        <p className="muted">{t('elections.visitsEmpty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table data-table--compact elections-visits">
            <caption className="visually-hidden">{t('elections.visitsHeading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('campaignVisits.column.date')}</th>
                <th scope="col">{t('campaignVisits.column.visitor')}</th>
                <th scope="col">{t('campaignVisits.column.place')}</th>
                <th scope="col">{t('campaignVisits.column.notified')}</th>
                <th scope="col">{t('campaignVisits.column.check')}</th>
              </tr>
            </thead>
            <tbody>
              {visits.map((visit) => {
                const names = { visitor: visit.visitor, date: formatDate(visit.date) };
                return (
                  <tr key={visit.id} className={visit.flagged ? 'elections-visit--flagged' : undefined}>
                    <td className="nowrap">{formatDate(visit.date)}</td>
                    <td>
                      {visit.visitor}
                      <br />
                      <span className="muted">{countryName(visit.government, i18n.language)}</span>
                      {/* Change and delete sit with the visitor's name, so the table fits the laptop's width. */}
                      <span className="elections-visit__actions">
                        <button
                          type="button"
                          className="button button--small button--quiet"
                          disabled={disabled}
                          aria-label={t('campaignVisits.editLabel', names)}
                          onClick={() => navigate({ name: 'campaignVisitForm', id: visit.id, electionId })}
                        >
                          {t('campaignVisits.edit')}
                        </button>
                        <button
                          type="button"
                          className="button button--small button--quiet"
                          disabled={disabled}
                          aria-label={t('campaignVisits.deleteLabel', names)}
                          onClick={() => setDeleting(visit)}
                        >
                          {t('campaignVisits.delete')}
                        </button>
                      </span>
                    </td>
                    <td>{[visit.place, visit.municipalityName].filter(Boolean).join(', ')}</td>
                    <td className="nowrap">{visit.notifiedToForeignAffairsOn ? formatDate(visit.notifiedToForeignAffairsOn) : t('campaignVisits.notNotified')}</td>
                    <td>
                      <VisitCheck visit={visit} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <div className="actions">
        <button type="button" className="button" disabled={disabled} onClick={() => navigate({ name: 'campaignVisitForm', electionId })}>
          {t('elections.addVisit')}
        </button>
      </div>
      {deleting && (
        <ReasonDialog
          title={t('campaignVisits.deleteHeading', { number: deleting.number })}
          intro={t('campaignVisits.deleteIntro')}
          label={t('delete.reason')}
          submitLabel={t('delete.submit')}
          onSubmit={(reason) => remove.mutate({ id: deleting.id, reason })}
          onClose={() => setDeleting(null)}
          busy={remove.isPending}
          error={remove.error}
        />
      )}
    </section>
  );
}
