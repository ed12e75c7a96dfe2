import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { Alert } from '../../components/Alert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RecordPage } from '../../components/record/RecordPage';
import { ReasonDialog } from '../../components/ReasonDialog';
import { formatDateTime } from '../../format';
import '../../styles/contactMoments.css';
import '../../styles/elections.css';
import { useNavigation } from '../shell/navigation';
import { RecordStatus } from '../shell/RecordStatus';
import { CampaignVisitsSection } from './CampaignVisitsSection';
import { CampaignWindowSection, ElectionFacts, VotingPlacesSection } from './ElectionFacts';
import { ElectionLinksSection } from './ElectionLinksSection';
import { electionKeys, useInvalidateElections } from './electionQueries';
import { electionTitle, kindAndRound } from './electionText';
import { ElectionTimelineSection } from './ElectionTimelineSection';
import { SignalsAroundSection } from './SignalsAroundSection';
import { SignalsPerWeekSection } from './SignalsPerWeekSection';

/** One election: its facts and window, polling places, timeline, the signals around it, visits and links. */
export function ElectionPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const { navigate } = useNavigation();
  const invalidate = useInvalidateElections();
  const [deleting, setDeleting] = useState(false);
  const query = useQuery({ queryKey: electionKeys.one(id), queryFn: () => call('elections.get', { id }) });
  const timeline = useQuery({ queryKey: electionKeys.timeline(id), queryFn: () => call('elections.timeline', { id }) });
  const remove = useMutation({
    mutationFn: (reason: string) => call('elections.delete', { id, reason }),
    onSuccess: () => {
      invalidate();
      setDeleting(false);
    },
  });

  if (!query.data) return <RecordStatus error={query.error} />;
  const election = query.data;
  const deleted = !!election.deletedAt;
  return (
    <RecordPage
      kicker={`${election.number} · ${kindAndRound(t, election.kind, election.round)} · ${t(`elections.status.${election.status}`)}`}
      title={electionTitle(t, election, i18n.language)}
      actions={
        <>
          <button type="button" className="button button--primary" disabled={deleted} onClick={() => navigate({ name: 'electionForm', id: election.id })}>
            {t('elections.edit')}
          </button>
          <button type="button" className="button" disabled={deleted} onClick={() => navigate({ name: 'campaignVisitForm', electionId: election.id })}>
            {t('elections.addVisit')}
          </button>
          {!deleted && (
            <button type="button" className="button button--quiet" onClick={() => setDeleting(true)}>
              {t('elections.delete')}
            </button>
          )}
        </>
      }
      notices={deleted && <Alert kind="warning">{t('elections.deleted', { at: formatDateTime(election.deletedAt) })}</Alert>}
      main={
        <>
          <ElectionFacts election={election} />
          <CampaignWindowSection election={election} />
          <VotingPlacesSection election={election} />
          <ErrorAlert error={timeline.error} />
          {timeline.data && (
            <>
              <ElectionTimelineSection timeline={timeline.data} />
              <CampaignVisitsSection electionId={election.id} visits={timeline.data.visits} disabled={deleted} />
              <SignalsPerWeekSection timeline={timeline.data} />
              <SignalsAroundSection timeline={timeline.data} />
            </>
          )}
        </>
      }
      side={timeline.data && <ElectionLinksSection timeline={timeline.data} disabled={deleted} />}
      footer={
        deleting && (
          <ReasonDialog
            title={t('elections.deleteHeading', { number: election.number })}
            intro={t('elections.deleteIntro')}
            label={t('delete.reason')}
            submitLabel={t('delete.submit')}
            onSubmit={(reason) => remove.mutate(reason)}
            onClose={() => setDeleting(false)}
            busy={remove.isPending}
            error={remove.error}
          />
        )
      }
    />
  );
}
