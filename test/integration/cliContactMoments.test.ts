import { describe, expect, it } from 'vitest';
import { failureLine, runEss } from '../support/cli';
import { newCaseFile, PASSPHRASE } from '../support/caseFiles';

const env = { ESS_PASSPHRASE: PASSPHRASE };
const ess = (args: string[]) => runEss(args, env);

interface ActionRows {
  total: number;
  rows: { number: string; description: string; ownerName: string | null; overdue: boolean; linkedTo: string | null; dueOn: string | null }[];
}

const auditEntries = (file: string) =>
  (JSON.parse(ess(['info', file, '--json']).stdout) as { counts: { auditEntries: number } }).counts.auditEntries;

// Every step spawns the real CLI, which derives the key each time: give a busy machine room.
describe('ess contact-moment and ess action', { timeout: 120_000 }, () => {
  it('logs contact moments with links and lists and finds them', () => {
    const file = newCaseFile();
    const signal = ess(['signal', 'add', file, '--title', 'Oproep tot protest', '--description', 'Feiten.', '--municipality', 'GM0599', '--theme', 'polarisatie', '--urgency', 'hoog', '--observed', '2026-01-10', '--received', '2026-01-10']).stdout.trim();
    const dossier = ess(['case', 'add', file, '--title', 'Verkiezingen Rotterdam', '--type', 'buitenlandse-verkiezing']).stdout.trim();

    const first = ess(['contact-moment', 'add', file, '--date', '2026-01-12', '--form', 'overleg', '--subject', 'Overleg met de gemeente Rotterdam', '--minutes', 'Afspraken over de verkiezingsweek.', '--municipality', 'GM0599', '--theme', 'buitenlandse-verkiezingen', '--signal', signal, '--case', dossier]);
    expect(first.stderr).toBe('');
    expect(first.stdout.trim()).toMatch(/^CON-\d{4}-0001$/);
    const second = ess(['contact-moment', 'add', file, '--date', '2026-02-03', '--form', 'telefoon', '--subject', 'Telefoon met wijkagent Zwolle', '--municipality', 'GM0193', '--classification', 'departementaal-vertrouwelijk']);
    expect(second.stdout.trim()).toMatch(/^CON-\d{4}-0002$/);

    const all = JSON.parse(ess(['contact-moment', 'list', file, '--json']).stdout) as { total: number; rows: { number: string; municipalityNames: string[] }[] };
    expect(all.total).toBe(2);
    expect(all.rows.map((row) => row.number)).toEqual([second.stdout.trim(), first.stdout.trim()]);
    expect(all.rows[1]!.municipalityNames).toEqual(['Rotterdam']);
    const found = JSON.parse(ess(['contact-moment', 'list', file, '--json', '--search', 'verkiezingsweek']).stdout) as {
      rows: { number: string }[];
    };
    expect(found.rows.map((row) => row.number)).toEqual([first.stdout.trim()]);
    expect(ess(['contact-moment', 'list', file, '--municipality', 'GM0193']).stdout).toMatch(/Telefoon met wijkagent Zwolle {2}\(Zwolle\)\n1 of 1 contact moments/);
    expect(ess(['contact-moment', 'list', file, '--from', '2026-02-01', '--to', '2026-02-28']).stdout).toContain('1 of 1 contact moments');
  });

  it('adds actions with owners and links, and lists them by owner and overdue', () => {
    const file = newCaseFile();
    const moment = ess(['contact-moment', 'add', file, '--date', '2026-01-12', '--form', 'werkbezoek', '--subject', 'Werkbezoek']).stdout.trim();
    const late = ess(['action', 'add', file, '--description', 'Handreiking sturen', '--kind', 'kennisproduct', '--owner', 'test adviseur', '--due', '2020-01-31', '--contact-moment', moment]);
    expect(late.stderr).toBe('');
    expect(late.stdout.trim()).toMatch(/^ACT-\d{4}-0001$/);
    const later = ess(['action', 'add', file, '--description', 'Ministerie informeren', '--kind', 'ministerie-informeren', '--owner', 'ta', '--due', '2099-12-31']);
    expect(later.status).toBe(0);
    ess(['action', 'add', file, '--description', 'Zonder eigenaar', '--kind', 'advies']);

    const all = JSON.parse(ess(['action', 'list', file, '--json']).stdout) as ActionRows;
    expect(all.rows.map((row) => [row.description, row.ownerName, row.overdue, row.linkedTo])).toEqual([
      ['Handreiking sturen', 'Test Adviseur', true, moment],
      ['Ministerie informeren', 'Test Adviseur', false, null],
      ['Zonder eigenaar', null, false, null],
    ]);
    const overdue = JSON.parse(ess(['action', 'list', file, '--overdue', '--json']).stdout) as ActionRows;
    expect(overdue.rows.map((row) => row.number)).toEqual([late.stdout.trim()]);
    const mine = JSON.parse(ess(['action', 'list', file, '--owner', 'TA', '--json']).stdout) as ActionRows;
    expect(mine.total).toBe(2);
    const text = ess(['action', 'list', file, '--overdue']);
    expect(text.stdout).toMatch(/Handreiking sturen {2}\[verlopen\]\n1 of 1 actions/);
    expect(JSON.parse(ess(['action', 'list', file, '--status', 'open', '--json']).stdout)).toMatchObject({ total: 3 });
  });

  it('refuses a bad contact moment with one line naming the field, exit 1, and writes nothing', () => {
    const file = newCaseFile();
    const before = auditEntries(file);
    expect(failureLine(ess(['contact-moment', 'add', file, '--date', '2099-01-01', '--form', 'overleg', '--subject', 'Later']))).toMatch(
      /^error INVALID_INPUT: Contact moment: heldOn: This date is in the future/,
    );
    expect(failureLine(ess(['contact-moment', 'add', file, '--date', '2026-01-01', '--form', 'brief', '--subject', 'x']))).toMatch(/form: /);
    expect(failureLine(ess(['contact-moment', 'add', file, '--date', '2026-01-01', '--form', 'overleg', '--subject', 'x', '--org', 'ORG-2026-0042']))).toMatch(
      /organisationIds: Unknown organisation.*ORG-2026-0042/,
    );
    expect(ess(['contact-moment', 'add', file, '--form', 'overleg', '--subject', 'Zonder datum']).status).toBe(2);
    expect(JSON.parse(ess(['contact-moment', 'list', file, '--json']).stdout)).toMatchObject({ total: 0 });
    expect(auditEntries(file)).toBe(before);
  });

  it('refuses a bad action or an unknown owner with one line naming the field, exit 1, and writes nothing', () => {
    const file = newCaseFile();
    const before = auditEntries(file);
    expect(failureLine(ess(['action', 'add', file, '--description', 'Iets', '--kind', 'advies', '--owner', 'Onbekend']))).toMatch(
      /^error INVALID_INPUT: Action: ownerId: Unknown adviser.*Onbekend/,
    );
    expect(failureLine(ess(['action', 'add', file, '--description', 'Iets', '--kind', 'advies', '--due', '2026-02-30']))).toMatch(/dueOn: /);
    expect(failureLine(ess(['action', 'list', file, '--owner', 'Niemand']))).toMatch(/ownerId: Unknown adviser.*Niemand/);
    expect(JSON.parse(ess(['action', 'list', file, '--json']).stdout)).toMatchObject({ total: 0 });
    expect(auditEntries(file)).toBe(before);
  });
});
