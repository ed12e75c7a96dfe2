import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';
import { recordKeys } from '../../api/domain';
import type { ActionLinks } from './actionFormValues';

/**
 * The records a new action starts from, read for their labels. A contact
 * moment or signal that belongs to a case lends the action that case too,
 * as the service does for actions logged with a contact moment.
 */
export function useLinkSources(from: { signalId?: string; caseId?: string; contactMomentId?: string }) {
  const signal = useQuery({
    queryKey: recordKeys.signal(from.signalId ?? ''),
    queryFn: () => call('signals.get', { id: from.signalId! }),
    enabled: !!from.signalId,
  });
  const moment = useQuery({
    queryKey: recordKeys.contactMoment(from.contactMomentId ?? ''),
    queryFn: () => call('contactMoments.get', { id: from.contactMomentId! }),
    enabled: !!from.contactMomentId,
  });
  const caseId = from.caseId ?? moment.data?.caseId ?? signal.data?.caseId ?? undefined;
  const dossier = useQuery({
    queryKey: recordKeys.case(caseId ?? ''),
    queryFn: () => call('cases.get', { id: caseId! }),
    enabled: !!caseId,
  });
  const waiting = (enabled: boolean, query: { data?: unknown; error: unknown }) => enabled && !query.data && !query.error;
  const ready =
    !waiting(!!from.signalId, signal) && !waiting(!!from.contactMomentId, moment) && !waiting(!!caseId, dossier);
  const labels: Record<string, string> = {};
  if (signal.data) labels[signal.data.id] = `${signal.data.number} ${signal.data.title}`;
  if (moment.data) labels[moment.data.id] = `${moment.data.number} ${moment.data.subject}`;
  if (dossier.data) labels[dossier.data.id] = `${dossier.data.number} ${dossier.data.title}`;
  const links: ActionLinks = { signalId: from.signalId, caseId, contactMomentId: from.contactMomentId };
  return { ready, labels, links, error: signal.error ?? moment.error ?? dossier.error };
}
