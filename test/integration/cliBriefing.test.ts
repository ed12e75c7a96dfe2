import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeCaseFileDatabase } from '../../db/connection';
import { openCaseFile } from '../../electron/services/caseFile';
import { OUTSIDER, seedBriefingRecords, tableWithHeader, unzipDocx } from '../support/briefings';
import { newCaseFile, PASSPHRASE } from '../support/caseFiles';
import { failureLine, runEss } from '../support/cli';
import { sha256OfFile, tempDir } from '../support/tempDir';

const env = { ESS_PASSPHRASE: PASSPHRASE };

/** A case file on disk with the seeded briefing records (signals SIG-2026-0001..0007, cases CAS-2026-0001..0002). */
function seededCaseFile(): string {
  const file = newCaseFile();
  const { db } = openCaseFile(file, PASSPHRASE);
  seedBriefingRecords(db);
  closeCaseFileDatabase(db);
  return file;
}

function exportCount(file: string): number {
  const { db } = openCaseFile(file, PASSPHRASE);
  try {
    return (db.prepare('SELECT count(*) AS n FROM briefing_exports').get() as { n: number }).n;
  } finally {
    closeCaseFileDatabase(db);
  }
}

// Each run starts the CLI under tsx and derives a key: seconds apiece on a busy machine.
const SLOW = { timeout: 180_000 };

describe('ess briefing', () => {
  it('writes the note and prints its sha256 and reference', SLOW, () => {
    const file = seededCaseFile();
    const out = path.join(tempDir(), 'overzicht.docx');
    const run = runEss(
      ['briefing', file, '--kind', 'signaleringsoverzicht', '--out', out, '--from', '2026-03-01', '--to', '2026-03-31', '--theme', 'polarisatie', '--theme', 'discriminatie', '--to', 'BZK'],
      env,
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const [hashLine, summary] = run.stdout.trimEnd().split('\n');
    expect(hashLine).toBe(`${sha256OfFile(out)}  ${out}`);
    expect(summary).toBe('ESS-2026-0001  signaleringsoverzicht, ongerubriceerd, 3 signals, 0 cases, 1 contact moments, 1 open actions');
    const parts = unzipDocx(fs.readFileSync(out));
    const xml = parts['word/document.xml']!;
    expect(xml).toContain('Minister van Binnenlandse Zaken en Koninkrijksrelaties');
    expect(tableWithHeader(xml, 'Nr.', 'Datum', 'Gemeente').rows).toHaveLength(4);
    expect(Object.values(parts).join('')).not.toContain(OUTSIDER);
    expect(exportCount(file)).toBe(1);

    const byCase = path.join(tempDir(), 'casus.docx');
    const note = runEss(['briefing', file, '--kind', 'beslisnota', '--out', byCase, '--case', 'CAS-2026-0001', '--subject', 'Besluit over het buurthuis', '--deadline', '2026-04-01'], env);
    expect(note.stdout.split('\n')[1]).toBe('ESS-2026-0002  beslisnota, ongerubriceerd, 1 signals, 1 cases, 0 contact moments, 0 open actions');
  });

  it('refuses bad input with exit 1 and one clear line, and writes no file', SLOW, () => {
    const file = seededCaseFile();
    const dir = tempDir();
    const out = path.join(dir, 'nota.docx');
    const failures: [string[], RegExp][] = [
      [['--kind', 'informatienota', '--theme', 'bestaat-niet'], /^error INVALID_INPUT: .*--theme: Unknown theme\. \(bestaat-niet\)/],
      [['--kind', 'informatienota', '--municipality', 'GM9999'], /--municipality: Unknown municipality\. \(GM9999\)/],
      [['--kind', 'informatienota', '--case', 'CAS-2026-0099'], /--case: Unknown case\. \(CAS-2026-0099\)/],
      [['--kind', 'informatienota', '--signal', 'SIG-2026-0099'], /--signal: .*\(SIG-2026-0099\)/],
      [['--kind', 'informatienota', '--from', '2026-02-30'], /--from: Enter a valid date/],
      [['--kind', 'informatienota', '--from', '2026-03-31', '--to', '2026-03-01'], /--to: The start date is after the end date/],
      [['--kind', 'signaleringsoverzicht', '--from', '2026-03-01'], /--to: .*(period|periode)/i],
      [['--kind', 'informatienota', '--to', 'XYZ'], /--to: .*(recipient|geadresseerde).*XYZ/i],
      [['--kind', 'informatienota', '--signal', 'SIG-2026-0007', '--classification', 'ongerubriceerd'], /--override-reason: .*content is departementaal-vertrouwelijk/],
    ];
    for (const [extra, message] of failures) {
      const line = failureLine(runEss(['briefing', file, '--out', out, ...extra], env));
      expect(line).toMatch(/^error INVALID_INPUT: /);
      expect(line).toMatch(message);
    }
    expect(failureLine(runEss(['briefing', file, '--kind', 'informatienota', '--out', path.join(dir, 'nota.txt')], env))).toMatch(
      /^error INVALID_INPUT: .*--out: /,
    );
    fs.writeFileSync(out, 'bestaand');
    expect(failureLine(runEss(['briefing', file, '--kind', 'informatienota', '--out', out], env))).toMatch(/^error FILE_EXISTS: /);
    expect(fs.readFileSync(out, 'utf8')).toBe('bestaand');
    expect(fs.readdirSync(dir)).toEqual(['nota.docx']);
    expect(exportCount(file)).toBe(0);
    expect(runEss(['briefing', file, '--kind', 'memo', '--out', path.join(dir, 'x.docx')], env).status).toBe(2);
  });
});
