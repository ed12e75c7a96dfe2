import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ElectionLinkEntity, ElectionTimeline } from '../../../../shared/domain/election';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCaseSource, useSignalSource } from '../../components/picker/recordSources';
import { RecordPicker } from '../../components/picker/RecordPicker';
import { useNavigation, type Route } from '../shell/navigation';
import { useInvalidateElections } from './electionQueries';

interface LinkedItem {
  entity: ElectionLinkEntity;
  id: string;
  name: string;
  route: Route;
}

/**
 * Signals, cases and actions linked to the election, each with "Ontkoppelen";
 * signals and cases are linked here through the one record picker. The
 * picker has no kind for actions yet, so a linked action can be opened and
 * unlinked here but not picked.
 */
export function ElectionLinksSection({ timeline, disabled }: { timeline: ElectionTimeline; disabled: boolean }) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const invalidate = useInvalidateElections();
  const signalSource = useSignalSource();
  const caseSource = useCaseSource();
  const electionId = timeline.election.id;
  const link = useMutation({
    mutationFn: ({ entity, id }: { entity: ElectionLinkEntity; id: string }) => call('elections.link', { electionId, entity, id }),
    onSuccess: invalidate,
  });
  const unlink = useMutation({
    mutationFn: ({ entity, id }: { entity: ElectionLinkEntity; id: string }) => call('elections.unlink', { electionId, entity, id }),
    onSuccess: invalidate,
  });
  const signals: LinkedItem[] = timeline.signals
    .filter((signal) => signal.linked)
    .map((signal) => ({ entity: 'signal', id: signal.id, name: `${signal.number} ${signal.title}`, route: { name: 'signal', id: signal.id } }));
  const cases: LinkedItem[] = timeline.cases.map((item) => ({ entity: 'case', id: item.id, name: `${item.number} ${item.title}`, route: { name: 'case', id: item.id } }));
  const actions: LinkedItem[] = timeline.actions.map((action) => ({
    entity: 'action',
    id: action.id,
    name: `${action.number} ${action.title}`,
    route: { name: 'action', id: action.id },
  }));
  const group = (heading: string, items: LinkedItem[]) => (
    <>
      <h3>
        {heading} ({items.length})
      </h3>
      {items.length === 0 ? (
        <p className="muted">{t('elections.noLinks')}</p>
      ) : (
        <ul className="action-list elections-links">
          {items.map((item) => (
            <li key={item.id}>
              <button type="button" className="link-button" onClick={() => navigate(item.route)}>
                {item.name}
              </button>{' '}
              <button
                type="button"
                className="button button--small button--quiet"
                disabled={disabled || unlink.isPending}
                aria-label={t('elections.unlinkLabel', { name: item.name })}
                onClick={() => unlink.mutate({ entity: item.entity, id: item.id })}
              >
                {t('elections.unlink')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
  return (
    <section className="card" aria-labelledby="election-links">
      <h2 id="election-links">{t('elections.linksHeading')}</h2>
      {group(t('elections.linkedSignals'), signals)}
      <RecordPicker
        kind="signal"
        label={t('elections.linkSignal')}
        source={signalSource}
        value={[]}
        exclude={signals.map((item) => item.id)}
        onChange={(ids) => ids[0] && link.mutate({ entity: 'signal', id: ids[0] })}
        multiple={false}
        disabled={disabled || link.isPending}
      />
      {group(t('elections.linkedCases'), cases)}
      <RecordPicker
        kind="case"
        label={t('elections.linkCase')}
        source={caseSource}
        value={[]}
        exclude={cases.map((item) => item.id)}
        onChange={(ids) => ids[0] && link.mutate({ entity: 'case', id: ids[0] })}
        multiple={false}
        disabled={disabled || link.isPending}
      />
      {group(t('elections.linkedActions'), actions)}
      <ErrorAlert error={link.error ?? unlink.error} />
    </section>
  );
}
