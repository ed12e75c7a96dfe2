import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import i18next, { type i18n } from 'i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeCaseFileDatabase, openCaseFileDatabase, type Db } from '../../db/connection';
import { actorFor } from '../../electron/services/actor';
import { setCurrentAdviser } from '../../electron/services/advisers';
import { exportBriefing } from '../../electron/services/briefings/export';
import { createBriefing, deleteBriefing, restoreBriefing, setBriefingStatus, updateBriefing } from '../../electron/services/briefings/writes';
import { getCase } from '../../electron/services/cases/reads';
import { deleteCase, linkSignalToCase, removeSignalFromCase, restoreCase, updateCase } from '../../electron/services/cases/writes';
import type { WriteContext } from '../../electron/services/context';
import { createDemoCaseFile, DEMO_PASSPHRASE } from '../../electron/services/demo';
import { entityHistory } from '../../electron/services/history';
import { referenceData } from '../../electron/services/reference';
import { inputOf } from '../../electron/services/signals/changes';
import { eraseSignal } from '../../electron/services/signals/erase';
import { mergeSignals } from '../../electron/services/signals/merge';
import { getSignal } from '../../electron/services/signals/reads';
import { deleteSignal, restoreSignal, setSignalStatus, shareSignal, updateSignal } from '../../electron/services/signals/writes';
import { historyFieldLabel, historyValueText, type HistoryTextContext } from '../../renderer/src/components/record/historyText';
import { HISTORY_ENTITIES, type HistoryEntity } from '../../shared/domain/history';
import { resources } from '../../shared/i18n';

/**
 * Every audit entry the services write, shown as the history shows it: the
 * demo case file (created through the services) plus the changes a record
 * goes through afterwards (linking, unlinking, sharing, merging, deleting,
 * restoring, erasing, exporting a note). No field key, no JSON, no ISO date
 * may reach the reader.
 */

const NOW = new Date('2026-03-18T09:30:00Z');
let dir: string;
let db: Db;
let texts: i18n;

const CAMEL_CASE = /[a-z][A-Z]/;
const JSON_MARK = /[{}[\]]/;
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

function context(names: Record<string, string>): HistoryTextContext {
  return {
    t: (key, options) => String(texts.t(key as 'common.yes', options as never)),
    exists: (key) => texts.exists(key),
    language: 'nl',
    reference: referenceData(db),
    names,
  };
}

const ids = (table: string, limit: number): string[] =>
  (db.prepare(`SELECT id FROM ${table} WHERE deleted_at IS NULL ORDER BY seq LIMIT ?`).all(limit) as { id: string }[]).map((row) => row.id);

/** The changes a record goes through after it was made, each through its service. */
async function changeRecords(ctx: WriteContext): Promise<void> {
  const [first, second, third, fourth, fifth] = ids('signals', 5) as [string, string, string, string, string];
  const [caseId, otherCase] = ids('cases', 2) as [string, string];
  const signal = getSignal(db, first);
  updateSignal(ctx, first, signal.version, {
    ...inputOf(signal),
    title: `${signal.title} (bijgewerkt)`,
    observedOn: signal.receivedOn,
    urgency: 'acuut',
    containsPersonalData: !signal.containsPersonalData,
  });
  setSignalStatus(ctx, first, 'in-duiding');
  shareSignal(ctx, { id: first, organisation: 'Gemeente Zwolle', sharedOn: '2026-03-10', channel: 'overleg' });
  linkSignalToCase(ctx, first, caseId);
  linkSignalToCase(ctx, first, otherCase);
  removeSignalFromCase(ctx, otherCase, first);
  mergeSignals(ctx, first, second);
  deleteSignal(ctx, third, 'Dubbel ingevoerd');
  restoreSignal(ctx, third);
  eraseSignal(ctx, fourth, getSignal(db, fourth).number);
  linkSignalToCase(ctx, fifth, caseId);

  const found = getCase(db, caseId);
  updateCase(ctx, caseId, found.version, {
    title: found.title,
    type: found.type,
    summary: found.summary,
    status: 'afgesloten',
    startOn: found.startOn,
    endOn: '2026-03-17',
    municipalities: ['GM0193'],
    themes: ['polarisatie'],
    ownerId: found.ownerId,
    classification: found.classification,
  });
  deleteCase(ctx, otherCase, 'Niet meer nodig');
  restoreCase(ctx, otherCase);

  let note = createBriefing(ctx, { kind: 'informatienota', subject: 'Spanningen', selection: { signalIds: [first, fifth] }, sections: { aanleiding: 'Aanleiding' } });
  note = updateBriefing(ctx, note.id, note.version, { ...note.draft, subject: 'Spanningen rond gebedshuizen', deadline: '2026-04-01', copyTo: ['DG', 'SG'] });
  const exported = await exportBriefing(ctx, { id: note.id }, { outPath: path.join(dir, 'nota.docx') });
  note = setBriefingStatus(ctx, note.id, exported.briefing.version, 'ter-parafering');
  note = deleteBriefing(ctx, note.id, 'Opnieuw beginnen');
  restoreBriefing(ctx, note.id);
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ess-history-text-'));
  texts = i18next.createInstance();
  await texts.init({ resources: { nl: { translation: resources.nl } }, lng: 'nl', interpolation: { escapeValue: false } });
  db = openCaseFileDatabase(createDemoCaseFile(path.join(dir, 'demo.ess'), { now: NOW, signals: 60 }), DEMO_PASSPHRASE);
  await changeRecords({ db, actor: actorFor(setCurrentAdviser(db, { name: 'Sanne de Vries', initials: 'SdV' }, NOW)), now: NOW });
}, 60_000);
afterAll(() => {
  closeCaseFileDatabase(db);
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Every record of every kind that has a history, with that history. */
function everyHistory(): { entity: HistoryEntity; id: string; history: ReturnType<typeof entityHistory> }[] {
  const rows = db
    .prepare(`SELECT DISTINCT entity, entity_id AS id FROM audit_log WHERE entity IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(HISTORY_ENTITIES)) as { entity: HistoryEntity; id: string }[];
  return rows.map((row) => ({ ...row, history: entityHistory(db, row.entity, row.id) }));
}

describe('the history in plain Dutch', () => {
  it('labels every field the services write and shows every value without keys, JSON, ISO dates or ids', () => {
    const seen = new Set<string>();
    const problems: string[] = [];
    for (const { entity, history } of everyHistory()) {
      for (const entry of history) {
        const ctx = context(entry.names);
        for (const change of entry.changes) {
          seen.add(`${entity}.${change.field}`);
          const label = historyFieldLabel(ctx, entity, change.field);
          // A label from the i18n files, not the key turned into words.
          const fallback = change.field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
          if (CAMEL_CASE.test(label) || label === fallback) problems.push(`${entity}.${change.field}: label "${label}"`);
          for (const value of [change.before, change.after]) {
            const text = historyValueText(ctx, entity, change.field, value);
            // Free text is the adviser's own (it may hold brackets); anything structured must not read as JSON.
            const structured = typeof value !== 'string';
            if ((structured && JSON_MARK.test(text)) || ISO_DATE.test(text) || UUID.test(text) || text.includes('[object')) {
              problems.push(`${entity}.${change.field}: value "${text}" (${JSON.stringify(value)})`);
            }
          }
        }
      }
    }
    expect(problems).toEqual([]);
    // The run reached the changes this test is about.
    for (const field of ['case.removedSignal', 'case.addedSignals', 'signal.caseId', 'signal.share', 'signal.mergedFrom', 'briefing.exportId', 'briefing.fileName', 'briefing.records']) {
      expect(seen, field).toContain(field);
    }
  });

  it('names linked records by number and title, through the history service', () => {
    const linked = everyHistory().find(({ entity, history }) => entity === 'signal' && history.some((entry) => entry.changes.some((change) => change.field === 'caseId' && change.after)))!;
    const entry = linked.history.find((candidate) => candidate.changes.some((change) => change.field === 'caseId' && change.after))!;
    const change = entry.changes.find((candidate) => candidate.field === 'caseId')!;
    expect(historyFieldLabel(context(entry.names), 'signal', 'caseId')).toBe('Casus');
    expect(historyValueText(context(entry.names), 'signal', 'caseId', change.after)).toMatch(/^CAS-\d{4}-\d{4} \S/);
    const exported = everyHistory()
      .flatMap(({ entity, history }) => (entity === 'briefing' ? history : []))
      .find((candidate) => candidate.changes.some((item) => item.field === 'exportId'))!;
    const exportId = exported.changes.find((item) => item.field === 'exportId')!.after;
    expect(historyValueText(context(exported.names), 'briefing', 'exportId', exportId)).toMatch(/^\S+ v1$/);
  });

  it('reads the payloads that this demo run does not reach in the same way', () => {
    const ctx = context({});
    const samples: [HistoryEntity, string, unknown][] = [
      // contactPersons/privacyExport.ts, contactPersons/erase.ts, briefings/erasure.ts, briefings/export.ts (download again, override).
      ['contactPerson', 'file', 'inzage-PER-2026-0001.json'],
      ['contactMoment', 'redacted', 'PER-2026-0001'],
      ['briefing', 'withdrawnExport', 2],
      ['briefing', 'erased', 'SIG-2026-0001'],
      ['briefing', 'again', true],
      ['briefing', 'classificationOverride', { reason: 'Geen gevoelige inhoud', exportVersion: 3 }],
      ['briefing', 'selection', { from: '2026-03-01', to: '2026-03-31', themes: ['polarisatie'], municipalities: ['GM0363'], caseIds: [], signalIds: [] }],
      ['signal', 'mergedInto', { id: '00000000-0000-4000-8000-000000000000', number: 'SIG-2026-0002' }],
      ['signal', 'deletedAt', '2026-03-18T09:30:00.000Z'],
      ['action', 'signalId', null],
    ];
    for (const [entity, field, value] of samples) {
      const label = historyFieldLabel(ctx, entity, field);
      const text = historyValueText(ctx, entity, field, value);
      expect(label, field).not.toMatch(CAMEL_CASE);
      expect(texts.exists(`records.field.${field}`) || texts.exists(`${entity}.${field}`), field).toBe(true);
      expect(text, field).not.toMatch(JSON_MARK);
      expect(text, field).not.toMatch(ISO_DATE);
    }
    expect(historyValueText(ctx, 'briefing', 'classificationOverride', { reason: 'Geen gevoelige inhoud', exportVersion: 3 })).toBe(
      'Reden: Geen gevoelige inhoud\nBij export van versie: 3',
    );
    expect(historyValueText(ctx, 'signal', 'deletedAt', '2026-03-18T09:30:00.000Z')).toMatch(/^18-03-2026 \d{2}:30$/);
    expect(historyValueText(ctx, 'signal', 'containsPersonalData', true)).toBe('Ja');
  });
});
