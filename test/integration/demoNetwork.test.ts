import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeCaseFileDatabase, openCaseFileDatabase, type Db } from '../../db/connection';
import { getCaseFileSettings } from '../../electron/services/caseFileSettings';
import { createDemoCaseFile, DEMO_PASSPHRASE } from '../../electron/services/demo';
import { DEMO_CONTACT_MOMENTS } from '../../electron/services/demoNetwork';
import { getMunicipality } from '../../electron/services/network/municipalityDetail';
import { networkOverview } from '../../electron/services/network/overview';
import { endOfIsoWeek } from '../../shared/domain/followUpAction';
import { periodEndingOn } from '../../shared/domain/municipality';
import { tempDir } from '../support/tempDir';

// A Wednesday, so "this week" runs to Sunday 2026-03-22.
const NOW = new Date('2026-03-18T09:30:00Z');
const TODAY = '2026-03-18';

// tempDir() folders go after each test; the shared demo lives in a folder of its own.
let dir: string;
let db: Db;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ess-demo-network-'));
  db = openCaseFileDatabase(createDemoCaseFile(path.join(dir, 'demo.ess'), { now: NOW }), DEMO_PASSPHRASE);
});
afterAll(() => {
  closeCaseFileDatabase(db);
  fs.rmSync(dir, { recursive: true, force: true });
});

const all = <T>(sql: string, ...params: unknown[]): T[] => db.prepare(sql).all(...params) as T[];
const count = (sql: string, ...params: unknown[]): number => (db.prepare(sql).get(...params) as { n: number }).n;

describe('the demo case file\u2019s network', () => {
  it('has organisations of several types in the demo municipalities, with contact persons', () => {
    expect(count('SELECT count(*) AS n FROM organisations WHERE deleted_at IS NULL')).toBeGreaterThanOrEqual(20);
    expect(count('SELECT count(DISTINCT type) AS n FROM organisations')).toBeGreaterThanOrEqual(6);
    expect(count('SELECT count(DISTINCT municipality_code) AS n FROM organisation_municipalities')).toBeGreaterThanOrEqual(8);
    expect(count('SELECT count(*) AS n FROM contact_persons WHERE organisation_id IS NOT NULL')).toBeGreaterThanOrEqual(35);
    expect(count('SELECT count(DISTINCT role) AS n FROM contact_persons')).toBe(5);
    // Some are due for their privacy review, most are not.
    const due = count('SELECT count(*) AS n FROM contact_persons WHERE review_on < ?', TODAY);
    expect(due).toBeGreaterThan(0);
    expect(due).toBeLessThan(count('SELECT count(*) AS n FROM contact_persons') / 2);
  });

  it('has a year of contact moments over the municipalities, some about signals and cases', () => {
    expect(count('SELECT count(*) AS n FROM contact_moments')).toBe(DEMO_CONTACT_MOMENTS);
    const [span] = all<{ first: string; last: string }>('SELECT min(held_on) AS first, max(held_on) AS last FROM contact_moments');
    expect(span!.first >= '2025-03-18' && span!.last <= TODAY).toBe(true);
    expect(count('SELECT count(DISTINCT municipality_code) AS n FROM contact_moment_municipalities')).toBeGreaterThanOrEqual(8);
    expect(count('SELECT count(DISTINCT form) AS n FROM contact_moments')).toBe(6);
    expect(count('SELECT count(DISTINCT contact_moment_id) AS n FROM contact_moment_signals')).toBeGreaterThan(5);
    expect(count('SELECT count(*) AS n FROM contact_moments WHERE case_id IS NOT NULL')).toBeGreaterThan(5);
    expect(count('SELECT count(DISTINCT contact_moment_id) AS n FROM contact_moment_persons')).toBeGreaterThan(60);
    expect(count("SELECT count(*) AS n FROM contact_moments WHERE minutes LIKE '%(fictief)%'")).toBe(DEMO_CONTACT_MOMENTS);
  });

  it('has actions in every status, some overdue and some due this week, also for the adviser at work', () => {
    expect(count('SELECT count(*) AS n FROM follow_up_actions')).toBeGreaterThanOrEqual(50);
    expect(all<{ status: string }>('SELECT DISTINCT status FROM follow_up_actions ORDER BY status').map((row) => row.status)).toEqual([
      'afgerond',
      'lopend',
      'open',
      'vervallen',
    ]);
    const current = getCaseFileSettings(db).currentAdviserId;
    expect(current).toBeTruthy();
    const open = "status IN ('open', 'lopend') AND deleted_at IS NULL";
    expect(count(`SELECT count(*) AS n FROM follow_up_actions WHERE ${open} AND due_on < ?`, TODAY)).toBeGreaterThan(3);
    expect(count(`SELECT count(*) AS n FROM follow_up_actions WHERE ${open} AND due_on BETWEEN ? AND ?`, TODAY, endOfIsoWeek(TODAY))).toBeGreaterThan(2);
    expect(count(`SELECT count(*) AS n FROM follow_up_actions WHERE ${open} AND due_on < ? AND owner_id = ?`, TODAY, current)).toBeGreaterThan(0);
    expect(count(`SELECT count(*) AS n FROM follow_up_actions WHERE ${open} AND due_on BETWEEN ? AND ? AND owner_id = ?`, TODAY, endOfIsoWeek(TODAY), current))
      .toBeGreaterThan(0);
    // Done means a completion date, never in the future.
    expect(count("SELECT count(*) AS n FROM follow_up_actions WHERE status = 'afgerond' AND (completed_on IS NULL OR completed_on > ?)", TODAY)).toBe(0);
    expect(count('SELECT count(*) AS n FROM follow_up_actions WHERE contact_moment_id IS NOT NULL')).toBeGreaterThan(30);
    expect(count('SELECT count(*) AS n FROM follow_up_actions WHERE signal_id IS NOT NULL')).toBeGreaterThan(0);
  });

  it('writes every record through the services: each has its audit entry', () => {
    for (const [entity, table] of [
      ['organisation', 'organisations'],
      ['contactPerson', 'contact_persons'],
      ['contactMoment', 'contact_moments'],
      ['action', 'follow_up_actions'],
    ] as const) {
      const audited = count("SELECT count(DISTINCT entity_id) AS n FROM audit_log WHERE entity = ? AND action = 'create'", entity);
      expect(audited, entity).toBe(count(`SELECT count(*) AS n FROM ${table}`));
    }
  });

  it('gives the network overview and municipality pages something to show, including places that need attention', () => {
    const overview = networkOverview(db, { ...periodEndingOn(TODAY, 90), onlyActive: true }, NOW);
    expect(overview.rows.length).toBeGreaterThan(10);
    const quiet = overview.rows.filter((row) => row.signals > 0 && row.daysSinceContact !== null && row.daysSinceContact > 60);
    expect(quiet.length).toBeGreaterThan(0);
    expect(overview.rows.some((row) => row.overdueActions > 0)).toBe(true);
    const amsterdam = getMunicipality(db, 'GM0363', NOW);
    expect(amsterdam.counts.contactMoments).toBeGreaterThan(5);
    expect(amsterdam.counts.organisations).toBeGreaterThan(2);
    expect(amsterdam.persons.length).toBeGreaterThan(2);
    expect(amsterdam.lastContactOn).not.toBeNull();
  });

  it('is the same demo every time for the same day, and works with very few signals', () => {
    const subjects = (target: Db) => target.prepare('SELECT held_on || subject FROM contact_moments ORDER BY number').pluck().all() as string[];
    const own = tempDir();
    const again = openCaseFileDatabase(createDemoCaseFile(path.join(own, 'again.ess'), { now: NOW }), DEMO_PASSPHRASE);
    const small = openCaseFileDatabase(createDemoCaseFile(path.join(own, 'small.ess'), { now: NOW, signals: 3 }), DEMO_PASSPHRASE);
    try {
      expect(subjects(again)).toEqual(subjects(db));
      expect(subjects(small)).toHaveLength(DEMO_CONTACT_MOMENTS);
      expect(small.prepare('SELECT count(*) FROM follow_up_actions').pluck().get()).toBeGreaterThan(40);
    } finally {
      closeCaseFileDatabase(again);
      closeCaseFileDatabase(small);
    }
  });
});
