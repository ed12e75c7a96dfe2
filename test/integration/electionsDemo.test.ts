import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeCaseFileDatabase, openCaseFileDatabase, type Db } from '../../db/connection';
import { verifyAuditChain } from '../../electron/services/audit';
import { createDemoCaseFile, DEMO_PASSPHRASE } from '../../electron/services/demo';
import { listCampaignVisits } from '../../electron/services/elections/campaignVisits';
import { listElections, upcomingElections } from '../../electron/services/elections/reads';
import { electionTimeline } from '../../electron/services/elections/timeline';
import { ELECTION_STARTER_LIST } from '../../shared/domain/data/electionStarterList';

const NOW = new Date('2026-03-18T09:30:00Z');
const TODAY = '2026-03-18';

let dir: string;
let db: Db;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ess-demo-elections-'));
  db = openCaseFileDatabase(createDemoCaseFile(path.join(dir, 'demo.ess'), { now: NOW, signals: 120 }), DEMO_PASSPHRASE);
});
afterAll(() => {
  closeCaseFileDatabase(db);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the demo case file\u2019s elections', () => {
  it('holds the starter list plus a fictional election whose window is open, first among the upcoming', () => {
    expect(listElections(db, { includePast: true }, TODAY)).toHaveLength(ELECTION_STARTER_LIST.length + 2);
    const [next] = upcomingElections(db, 3, TODAY);
    expect(next).toMatchObject({ country: 'TR', date: '2026-04-29', campaignWindowFrom: '2026-01-29', windowOpen: true });
    expect(next!.votingPlaces).toHaveLength(3);
  });

  it('has one flagged visit inside the window and one before it, and links to demo signals and the case', () => {
    const [next] = upcomingElections(db, 1, TODAY);
    const visits = listCampaignVisits(db, next!.id);
    expect(visits.map((visit) => [visit.date, visit.flagged])).toEqual([
      ['2026-03-28', true],
      ['2026-01-17', false],
    ]);
    const timeline = electionTimeline(db, next!.id, TODAY);
    expect(timeline.signals.filter((signal) => signal.linked)).toHaveLength(3);
    expect(timeline.cases).toHaveLength(1);
    expect(timeline.weeks.reduce((sum, week) => sum + week.count, 0)).toBeGreaterThan(0);
    expect(verifyAuditChain(db).valid).toBe(true);
  });
});
