import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeCaseFileDatabase, openCaseFileDatabase, type Db } from '../../db/connection';
import { createDemoCaseFile, DEMO_PASSPHRASE } from '../../electron/services/demo';
import { earlyWarningSummary, listFindings } from '../../electron/services/earlyWarning/findings';
import { tempDir } from '../support/tempDir';

const NOW = new Date('2026-03-15T10:00:00Z');
let db: Db;

beforeAll(() => {
  db = openCaseFileDatabase(createDemoCaseFile(path.join(tempDir(), 'demo.ess'), { now: NOW }), DEMO_PASSPHRASE);
}, 120_000);
afterAll(() => closeCaseFileDatabase(db));

describe('the demo case file', () => {
  it('shows early-warning findings in the last complete week, one of three clusters already reviewed', () => {
    const { week, findings } = listFindings({ db, now: NOW });
    expect(week).toBe('2026-W10');
    const municipal = findings.filter((finding) => finding.unitKind === 'municipality');
    expect(municipal.length).toBeGreaterThanOrEqual(3);
    expect(municipal.filter((finding) => finding.observed >= 6)).toHaveLength(3);
    const reviewed = findings.filter((finding) => finding.status === 'reviewed');
    expect(reviewed).toHaveLength(1);
    expect(reviewed[0]!.reviewNote).toMatch(/fictief/);
    const summary = earlyWarningSummary({ db, now: NOW });
    expect(summary).toEqual({ week: '2026-W10', findings: findings.length, unreviewed: findings.length - 1 });
    expect((db.prepare('SELECT count(*) AS n FROM signals').get() as { n: number }).n).toBe(250);
  });
});
