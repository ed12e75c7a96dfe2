import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/ipc/dispatch';
import { createHandlers, type Handlers } from '../../electron/ipc/handlers/index';
import { AppStateStore } from '../../electron/services/appState';
import { CaseFileSession } from '../../electron/services/session';
import type { ElectionLinksOf } from '../../shared/contract/electionChannels';
import type { CampaignVisit, Election, ElectionTimeline } from '../../shared/domain/election';
import type { Result } from '../../shared/errors';
import { insertTestSignal } from '../support/caseFixtures';
import { ADVISER, PASSPHRASE } from '../support/caseFiles';
import { tempDir } from '../support/tempDir';

/** The election channels as the renderer uses them: the contract's validation, then the handler table. */

let open: CaseFileSession | null = null;
afterEach(() => {
  open?.close();
  open = null;
});

function setUp(): { handlers: Handlers; session: CaseFileSession } {
  const dir = tempDir();
  const nothing = async () => null;
  const session = new CaseFileSession();
  open = session;
  const handlers = createHandlers({
    session,
    appState: new AppStateStore(path.join(dir, 'app')),
    dialogs: { chooseNewCaseFile: nothing, chooseCaseFile: nothing, chooseBackupDestination: nothing, chooseExportDestination: nothing, chooseDocumentDestination: nothing },
    dataDir: path.join(dir, 'app'),
    now: () => new Date('2026-03-15T10:00:00Z'),
  });
  session.create({ path: path.join(dir, 'verkiezingen.ess'), passphrase: PASSPHRASE, adviser: ADVISER });
  return { handlers, session };
}

async function ok<T>(work: Promise<Result<unknown>>): Promise<T> {
  const result = await work;
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

const election = { country: 'TR', kind: 'presidentieel', date: '2026-05-14', status: 'aangekondigd', source: 'YSK', verifiedOn: '2026-03-01' };

describe('the election channels', () => {
  it('create, show the window, take a flagged visit, link a signal and draw the timeline', async () => {
    const { handlers, session } = setUp();
    const created = await ok<Election>(dispatch(handlers, 'elections.create', { election }));
    expect(created).toMatchObject({ campaignWindowFrom: '2026-02-14', windowOpen: true, round: 1, precision: 'day' });
    expect((await ok<Election[]>(dispatch(handlers, 'elections.upcoming', {})))[0]!.id).toBe(created.id);

    const visit = await ok<CampaignVisit>(
      dispatch(handlers, 'campaignVisits.create', {
        visit: { electionId: created.id, visitor: 'Minister', government: 'TR', date: '2026-04-01', place: 'Rotterdam Ahoy', municipalityCode: 'GM0599' },
      }),
    );
    expect(visit.flagged).toBe(true);

    const signal = insertTestSignal(session.current().db, { observedOn: '2026-03-02', receivedOn: '2026-03-03' });
    await ok(dispatch(handlers, 'elections.link', { electionId: created.id, entity: 'signal', id: signal.id }));
    const links = await ok<ElectionLinksOf>(dispatch(handlers, 'elections.linksOf', { entity: 'signal', id: signal.id }));
    expect(links.elections.map((e) => e.id)).toEqual([created.id]);

    const timeline = await ok<ElectionTimeline>(dispatch(handlers, 'elections.timeline', { id: created.id }));
    expect(timeline.window).toEqual({ from: '2026-02-14', to: '2026-06-11' });
    expect(timeline.weeks.find((week) => week.week === '2026-W10')).toEqual({ week: '2026-W10', count: 1 });
    expect(timeline.visits.map((v) => v.id)).toEqual([visit.id]);

    const updated = await ok<Election>(dispatch(handlers, 'elections.update', { id: created.id, version: 1, election: { ...election, round: 2 } }));
    expect(updated.version).toBe(2);
    const stale = await dispatch(handlers, 'elections.update', { id: created.id, version: 1, election });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('refuses malformed requests with INVALID_INPUT and the field', async () => {
    const { handlers } = setUp();
    for (const [channel, payload, field] of [
      ['elections.create', { election: { ...election, country: 'ZZ' } }, 'election.country'],
      ['elections.create', { election: { ...election, votingPlaces: Array.from({ length: 51 }, () => ({ kind: 'consulaat', name: 'x', municipalityCode: 'GM0599' })) } }, 'election.votingPlaces'],
      ['elections.upcoming', { limit: 21 }, 'limit'],
      ['elections.link', { electionId: '00000000-0000-4000-8000-000000000000', entity: 'contactMoment', id: '00000000-0000-4000-8000-000000000000' }, 'entity'],
      ['campaignVisits.create', { visit: { electionId: 'x', visitor: 'a', government: 'TR', date: '2026-01-01', place: 'p' } }, 'visit.electionId'],
    ] as const) {
      const result = await dispatch(handlers, channel, payload);
      expect(result.ok, channel).toBe(false);
      if (!result.ok) expect(result.error.issues?.map((issue) => issue.path), channel).toContain(field);
    }
  });
});
