import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ElectionLinkEntity } from '../../../../shared/domain/election';
import { call } from '../../api/client';
import { LinkedRecords } from '../../components/record/LinkedRecords';
import { electionKeys } from './electionQueries';

/**
 * The foreign elections a signal, case or action is linked to (links are made
 * on the election's page). Absent when there are none, so records unrelated to
 * an election carry no empty section.
 */
export function LinkedElections({ entity, id }: { entity: ElectionLinkEntity; id: string }) {
  const { t } = useTranslation();
  const links = useQuery({
    queryKey: [...electionKeys.all, 'linksOf', entity, id],
    queryFn: () => call('elections.linksOf', { entity, id }),
  });
  const items = links.data?.elections ?? [];
  if (items.length === 0) return null;
  return (
    <LinkedRecords
      headingId={`linked-elections-${entity}`}
      heading={t('elections.linkedHeading')}
      empty=""
      items={items}
      label={(election) => `${election.number} · ${election.title || election.countryName}`}
      route={(election) => ({ name: 'election', id: election.id })}
    />
  );
}
