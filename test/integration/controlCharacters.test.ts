import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeCaseFileDatabase, openCaseFileDatabase } from '../../db/connection';
import { domainContract } from '../../shared/contract/domainChannels';
import { networkContract } from '../../shared/contract/networkChannels';
import { briefingDraftFieldsSchema, houseStyleSchema } from '../../shared/domain/briefing';
import { caseFieldsSchema, journalEntryInputSchema } from '../../shared/domain/case';
import { hasControlCharacter, showControlCharacters } from '../../shared/domain/controlCharacters';
import { contactMomentInputSchema } from '../../shared/domain/contactMoment';
import { contactPersonInputSchema } from '../../shared/domain/contactPerson';
import { followUpActionFieldsSchema } from '../../shared/domain/followUpAction';
import { organisationInputSchema } from '../../shared/domain/organisation';
import { signalFieldsSchema } from '../../shared/domain/signal';
import { withStoredTextRepaired } from '../../shared/domain/fields';
import { translate } from '../../shared/i18n';
import { failureLine, runEss } from '../support/cli';
import { newCaseFile, PASSPHRASE } from '../support/caseFiles';
import { insertTestSignal } from '../support/caseFixtures';
import { insertTestAction, insertTestCase, insertTestContactMoment, insertTestOrganisation, insertTestPerson } from '../support/networkFixtures';
import { tempDir } from '../support/tempDir';

const env = { ESS_PASSPHRASE: PASSPHRASE };

/** Every character class the input refuses, one of each, with what it does on a terminal. */
const REFUSED: readonly [name: string, character: string][] = [
  ['NUL', '\u0000'],
  ['BEL (beeps)', '\u0007'],
  ['BS (overwrites)', '\u0008'],
  ['VT', '\u000b'],
  ['FF', '\u000c'],
  ['ESC (colours, cursor, window title)', '\u001b'],
  ['US', '\u001f'],
  ['DEL', '\u007f'],
  ['NEL (C1)', '\u0085'],
  ['CSI (C1: a whole escape sequence in one character)', '\u009b'],
  ['LRE', '\u202a'],
  ['RLO (reverses the line)', '\u202e'],
  ['LRI', '\u2066'],
  ['PDI', '\u2069'],
];

/** Legitimate in text: joiners and direction marks in names in Arabic, Persian, Indic scripts, emoji. */
const ALLOWED = ['\u200d', '\u200c', '\u200e', '\u200f', '\u061c', 'é', 'ğ', 'ش'];

/** Raw bytes a terminal acts on; \n is the line break of the output itself. */
// eslint-disable-next-line no-control-regex -- the control characters are what the test looks for
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

const message = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((issue) => issue.message);

describe('text input refuses control characters', () => {
  const signal = (fields: Record<string, unknown>) =>
    signalFieldsSchema.safeParse({ title: 'Titel', description: 'Feiten', observedOn: '2026-03-01', receivedOn: '2026-03-01', isNational: true, themes: ['polarisatie'], urgency: 'laag', ...fields });

  it('refuses each class in a single-line field and in a long text, with one specific message', () => {
    for (const [name, character] of REFUSED) {
      expect(message(signal({ title: `Rel${character}len` })), `title with ${name}`).toEqual(['validation.controlCharacter']);
      expect(message(signal({ description: `Regel${character}een` })), `description with ${name}`).toEqual(['validation.controlCharacter']);
    }
    expect(translate('nl', 'validation.controlCharacter')).toBe('Dit veld bevat een onzichtbaar stuurteken; verwijder het.');
    expect(translate('en', 'validation.controlCharacter')).toMatch(/invisible control character/);
  });

  it('lets long texts keep newlines and tabs, makes CRLF and CR a newline, and refuses them in single-line fields', () => {
    const parsed = signal({ description: 'Eerste regel\r\nTweede\tkolom\rDerde', interpretation: 'a\nb' });
    expect(parsed.success).toBe(true);
    expect(parsed.data?.description).toBe('Eerste regel\nTweede\tkolom\nDerde');
    for (const character of ['\n', '\r', '\t']) {
      expect(message(signal({ title: `Twee${character}regels` }))).toEqual(['validation.controlCharacter']);
    }
    // A trailing newline from a paste is trimmed like any whitespace, not refused.
    expect(signal({ title: 'Geplakt\r\n' }).data?.title).toBe('Geplakt');
  });

  it('allows joiners, direction marks and letters of every script', () => {
    for (const character of ALLOWED) expect(signal({ title: `Na${character}am` }).success, character.codePointAt(0)!.toString(16)).toBe(true);
  });

  it('covers every text field of the domain and the contract, multi-line exactly where the form has a textarea', () => {
    const ESC = '\u001b';
    // [schema, valid value, single-line fields, long-text fields]
    const cases: [string, { safeParse: (value: unknown) => { success: boolean } }, Record<string, unknown>, string[], string[]][] = [
      ['signal', signalFieldsSchema, { title: 't', description: 'd', observedOn: '2026-03-01', receivedOn: '2026-03-01', themes: ['polarisatie'], urgency: 'laag' }, ['title', 'location', 'community', 'stateActor'], ['description', 'interpretation']],
      ['case', caseFieldsSchema, { title: 't', type: 'obi', startOn: '2026-03-01' }, ['title'], ['summary']],
      ['journal', journalEntryInputSchema, { caseId: '00000000-0000-4000-8000-000000000000', entryOn: '2026-03-01', text: 't' }, [], ['text']],
      ['contact moment', contactMomentInputSchema, { heldOn: '2026-03-01', form: 'overleg', subject: 's' }, ['subject'], ['minutes']],
      ['contact person', contactPersonInputSchema, { name: 'n', role: 'professional', reviewOn: '2027-01-01' }, ['name', 'function'], ['notes']],
      ['organisation', organisationInputSchema, { name: 'n', type: 'overig' }, ['name'], ['notes']],
      ['action', followUpActionFieldsSchema, { description: 'd', kind: 'advies' }, [], ['description', 'result']],
      ['briefing', briefingDraftFieldsSchema, { kind: 'informatienota' }, ['recipient', 'fromLine', 'subject'], []],
      ['house style', houseStyleSchema, {}, ['organisationLine', 'unit', 'directorate', 'contactName'], ['address']],
      ['search', domainContract['search.global'].request, { text: 'zoek' }, ['text'], []],
      ['delete reason', networkContract['organisations.delete'].request, { id: '00000000-0000-4000-8000-000000000000', reason: 'dubbel' }, [], ['reason']],
    ];
    let checked = 0;
    for (const [what, schema, valid, lines, longs] of cases) {
      expect(schema.safeParse(valid).success, `${what} valid`).toBe(true);
      for (const field of lines) {
        expect(schema.safeParse({ ...valid, [field]: `a${ESC}b` }).success, `${what}.${field} ESC`).toBe(false);
        expect(schema.safeParse({ ...valid, [field]: 'a\nb' }).success, `${what}.${field} newline`).toBe(false);
        checked += 1;
      }
      for (const field of longs) {
        expect(schema.safeParse({ ...valid, [field]: `a${ESC}b` }).success, `${what}.${field} ESC`).toBe(false);
        expect(schema.safeParse({ ...valid, [field]: 'a\n\tb' }).success, `${what}.${field} newline`).toBe(true);
        checked += 1;
      }
    }
    const sections = briefingDraftFieldsSchema.safeParse({ kind: 'beslisnota', sections: { kernpunten: 'een\ntwee', wooGrond: 'art. 5.1' } });
    expect(sections.success).toBe(true);
    expect(briefingDraftFieldsSchema.safeParse({ kind: 'beslisnota', sections: { wooGrond: 'a\nb' } }).success).toBe(false);
    expect(checked).toBeGreaterThanOrEqual(25);
  });

  it('loads a stored draft or house style saved before the rule, with the characters shown instead of refused', () => {
    const stored = { kind: 'informatienota', subject: 'Betreft\u001b[31m rood', sections: { toelichting: 'Regel een\r\nRegel\u202etwee' } };
    const draft = briefingDraftFieldsSchema.parse(withStoredTextRepaired(briefingDraftFieldsSchema, stored));
    expect(draft.subject).toBe('Betreft\u241b[31m rood');
    expect(draft.sections.toelichting).toBe('Regel een\nRegel<U+202E>twee');
    const style = houseStyleSchema.parse(withStoredTextRepaired(houseStyleSchema, { unit: 'ESS\tunit', address: 'Postbus 1\n2500 AA' }));
    expect(style.unit).toBe('ESS\u2409unit');
    expect(style.address).toBe('Postbus 1\n2500 AA');
    // Other problems are still the schema's to report.
    expect(briefingDraftFieldsSchema.safeParse(withStoredTextRepaired(briefingDraftFieldsSchema, { kind: 'brief' })).success).toBe(false);
  });

  it('shows each refused character visibly, and nothing else', () => {
    for (const [name, character] of REFUSED) {
      const shown = showControlCharacters(`a${character}b`);
      expect(hasControlCharacter(shown), name).toBe(false);
      expect(shown, name).not.toBe('ab');
    }
    expect(showControlCharacters('\u001b[2J\r\u0007\u0008\u202e\u009b')).toBe('\u241b[2J\u240d\u2407\u2408<U+202E><U+009B>');
    expect(showControlCharacters('a\nb\tc', 'long')).toBe('a\nb\tc');
    expect(showControlCharacters('a\nb\tc')).toBe('a\u240ab\u2409c');
    expect(showControlCharacters('Zoë\u200dAli')).toBe('Zoë\u200dAli');
  });
});

// Each run of the CLI costs a process start and a key derivation: allow for a busy machine.
describe('ess prints old records with control characters visibly', { timeout: 180_000 }, () => {
  /** What an attacker (or an old version) could have stored: colour, clear screen, window title, bell, CR overwrite, RLO, C1 CSI. */
  const NASTY = 'Rel\u001b[31mrood\u001b[2J\u001b]0;gehackt\u0007\rXX\u0008\u202eesrever\u009b2J\u007f\tz\nregel';

  function fileWithNastyRecords(): string {
    const file = newCaseFile();
    const db = openCaseFileDatabase(file, PASSPHRASE);
    try {
      // Straight into the tables, past validation: as records written before the rule, or by another SQLCipher client.
      insertTestSignal(db, { title: NASTY, receivedOn: '2026-03-01' });
      insertTestCase(db, { title: NASTY });
      const organisation = insertTestOrganisation(db, { name: NASTY });
      insertTestPerson(db, { name: NASTY, organisationId: organisation.id });
      insertTestContactMoment(db, { subject: NASTY, heldOn: '2026-03-01' });
      insertTestAction(db, { description: NASTY });
      db.prepare('UPDATE themes SET label_nl = ? WHERE code = ?').run(NASTY, 'polarisatie');
      db.prepare('UPDATE municipalities SET name = ? WHERE code = ?').run(NASTY, 'GM0363');
    } finally {
      closeCaseFileDatabase(db);
    }
    return file;
  }

  it('lists every kind of record with no raw control character on stdout, one row per record', () => {
    const file = fileWithNastyRecords();
    const listings: string[][] = [
      ['signal', 'list', file],
      ['case', 'list', file],
      ['contact-moment', 'list', file],
      ['action', 'list', file],
      ['org', 'list', file],
      ['contact', 'list', file],
      ['themes', file],
      ['municipality', 'list', file, '--search', 'GM0363'],
      ['network', file, '--from', '2026-01-01', '--to', '2026-03-31', '--only-active'],
    ];
    for (const args of listings) {
      const run = runEss(args, env);
      expect(run.status, `${args.join(' ')}: ${run.stderr}`).toBe(0);
      expect(run.stdout, args.join(' ')).not.toMatch(RAW_CONTROL);
      // The record is there, its characters visible: ESC as ␛, the override as <U+202E>, the newline as ␊ (still one row).
      const row = run.stdout.split('\n').find((line) => line.includes('Rel'));
      expect(row, args.join(' ')).toContain('Rel\u241b[31mrood\u241b[2J\u241b]0;gehackt\u2407\u240dXX\u2408<U+202E>esrever<U+009B>2J\u2421\u2409z\u240aregel');
    }
  });

  it('prints JSON that parses back to the stored text exactly, with nothing raw in it', () => {
    const file = fileWithNastyRecords();
    for (const args of [['signal', 'list', file, '--json'], ['contact', 'list', file, '--json'], ['themes', file, '--json']]) {
      const run = runEss(args, env);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout, args.join(' ')).not.toMatch(RAW_CONTROL);
      const parsed = JSON.parse(run.stdout) as { rows?: { title?: string; name?: string }[] } | { nl: string }[];
      const texts = Array.isArray(parsed) ? parsed.map((theme) => theme.nl) : (parsed.rows ?? []).map((row) => row.title ?? row.name);
      expect(texts, args.join(' ')).toContain(NASTY);
    }
  });

  it('shows control characters in an error line too, and keeps it one line', () => {
    const file = newCaseFile();
    const line = failureLine(runEss(['contact', 'export', file, '--id', 'PER\u001b]0;x\u0007\n2026', '--out', path.join(tempDir(), 'uit.txt')], env));
    expect(line).not.toMatch(RAW_CONTROL);
    expect(line).toContain('PER\u241b]0;x\u2407');
  });

  it('refuses the same characters as input: exit 1, one line naming the field, nothing written', () => {
    const file = newCaseFile();
    const base = ['--national', '--theme', 'polarisatie', '--urgency', 'laag'];
    const inputs: [string[], RegExp][] = [
      [['signal', 'add', file, '--title', 'Rel\u001b[31mrood', '--description', 'Feiten', ...base], /^error INVALID_INPUT: Signal: title: This field contains an invisible control character; remove it\.$/],
      [['signal', 'add', file, '--title', 'Titel', '--description', 'Feiten\u202eomgekeerd', ...base], /Signal: description: This field contains an invisible control character/],
      [['signal', 'add', file, '--title', 'Twee\rregels', '--description', 'Feiten', ...base], /Signal: title: This field contains an invisible control character/],
      [['case', 'add', file, '--title', 'Casus\u0007', '--type', 'obi'], /Case: title: This field contains an invisible control character/],
      [['org', 'add', file, '--name', 'Stichting\u009b', '--type', 'overig'], /Organisation: name: This field contains an invisible control character/],
    ];
    for (const [args, expected] of inputs) {
      const line = failureLine(runEss(args, env));
      expect(line).toMatch(expected);
      expect(line).not.toMatch(RAW_CONTROL);
    }
    // A description with a Windows line end is not refused: it is stored with \n.
    const added = runEss(['signal', 'add', file, '--title', 'Titel', '--description', 'Regel een\r\nRegel twee', ...base], env);
    expect(added.status, added.stderr).toBe(0);
    const listed = JSON.parse(runEss(['signal', 'list', file, '--json'], env).stdout) as { total: number };
    expect(listed.total).toBe(1);
    expect(JSON.parse(runEss(['info', file, '--json'], env).stdout)).toMatchObject({ counts: { signals: 1 } });
  });
});
