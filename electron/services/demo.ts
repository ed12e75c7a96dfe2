import fs from 'node:fs';
import path from 'node:path';
import { closeCaseFileDatabase, type Db } from '../../db/connection';
import { setCurrentAdviser } from './advisers';
import { createCaseFile } from './caseFile';

/** The demo case file holds fictional data only, so its passphrase may be public. */
export const DEMO_PASSPHRASE = 'demo-casusbestand-fictief';
export const DEMO_FILE_NAME = 'Demobestand (fictief).ess';

/** Fictional ESS staff; any resemblance to real people is unintended. */
const DEMO_ADVISERS = [
  { name: 'Sanne de Vries', initials: 'SdV' },
  { name: 'Yusuf Demir', initials: 'YD' },
  { name: 'Anouk Jansen', initials: 'AJ' },
] as const;

/** Fills a fresh demo case file; later capabilities add their own fictional records here. */
function seedDemo(db: Db, now: Date): void {
  for (const adviser of DEMO_ADVISERS.slice(1)) setCurrentAdviser(db, adviser, now);
  // The first demo adviser is the one at work when the demo opens.
  setCurrentAdviser(db, DEMO_ADVISERS[0], now);
}

/** Creates a demo case file at `filePath` (refusing to overwrite) and closes it. */
export function createDemoCaseFile(filePath: string, now = new Date(), passphrase = DEMO_PASSPHRASE): string {
  const opened = createCaseFile({
    path: filePath,
    passphrase,
    adviser: DEMO_ADVISERS[0],
    isDemo: true,
    now,
    seed: seedDemo,
  });
  closeCaseFileDatabase(opened.db);
  return opened.path;
}

/** The app's built-in demo lives in its data folder and is made on first use. */
export function ensureDemoCaseFile(dataDir: string): string {
  const filePath = path.join(dataDir, 'demo', DEMO_FILE_NAME);
  if (!fs.existsSync(filePath)) {
    fs.mkdirSync(path.dirname(filePath), { recursive: true });
    createDemoCaseFile(filePath);
  }
  return filePath;
}
