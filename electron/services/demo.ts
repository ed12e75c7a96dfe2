import fs from 'node:fs';
import path from 'node:path';
import { closeCaseFileDatabase, type Db } from '../../db/connection';
import type { CaseType } from '../../shared/domain/enums';
import { actorFor } from './actor';
import { setCurrentAdviser } from './advisers';
import { createCaseFile } from './caseFile';
import { addJournalEntry } from './cases/journal';
import { createCase } from './cases/writes';
import type { WriteContext } from './context';
import { seedDemoNetwork } from './demoNetwork';
import { seedDemoElections } from './demoElections';
import { seedDemoEarlyWarning } from './demoEarlyWarning';
import { generateDemoSignals } from './demoSignals';
import { referenceData } from './reference';
import { createSignal } from './signals/writes';

/** The demo case file holds fictional data only, so its passphrase may be public. */
export const DEMO_PASSPHRASE = 'demo-casusbestand-fictief';
export const DEMO_FILE_NAME = 'Demobestand (fictief).ess';
/** Enough to make lists, filters and search worth trying, small enough to create in seconds. */
export const DEFAULT_DEMO_SIGNALS = 250;

/** Fictional ESS staff; any resemblance to real people is unintended. */
const DEMO_ADVISERS = [
  { name: 'Sanne de Vries', initials: 'SdV' },
  { name: 'Yusuf Demir', initials: 'YD' },
  { name: 'Anouk Jansen', initials: 'AJ' },
] as const;

/** Fictional cases, each gathering the demo signals of one theme. */
const DEMO_CASES: readonly { title: string; type: CaseType; theme: string; summary: string }[] = [
  { title: 'Buitenlandse verkiezingen: campagneperiode', type: 'buitenlandse-verkiezing', theme: 'buitenlandse-verkiezingen', summary: 'Volgen van campagneactiviteiten en spanningen rond stembureaus tijdens de campagneperiode (fictief).' },
  { title: 'Druk op diasporagemeenschappen (OBI)', type: 'obi', theme: 'statelijke-inmenging', summary: 'Signalen van ongewenste buitenlandse inmenging bij diasporagemeenschappen bundelen en duiden (fictief).' },
  { title: 'Spanningen rond opvanglocaties', type: 'lokale-spanning', theme: 'asiel-opvang', summary: 'Ondersteuning van gemeenten bij onrust rond nieuwe opvanglocaties (fictief).' },
  { title: 'Doorwerking internationaal conflict', type: 'thematisch', theme: 'internationaal-conflict', summary: 'Beeld van de doorwerking van internationale conflicten op scholen, wijken en gebedshuizen (fictief).' },
];

const SIGNALS_PER_CASE = 12;
const BATCH = 1000;

/** Fills a fresh demo case file before it gets its final name, so a failure leaves no half demo. */
function seedDemo(db: Db, now: Date, signalCount: number): void {
  const advisers = DEMO_ADVISERS.map((adviser) => setCurrentAdviser(db, adviser, now));
  // The first demo adviser is the one at work when the demo opens.
  const current = setCurrentAdviser(db, DEMO_ADVISERS[0], now);
  const ctx: WriteContext = { db, actor: actorFor(current), now };
  const inputs = generateDemoSignals({
    count: signalCount,
    today: now,
    ownerIds: advisers.map((adviser) => adviser.id),
    municipalities: referenceData(db).municipalities,
  });
  const created: { id: string; themes: string[]; receivedOn: string; municipalities: string[] }[] = [];
  for (let start = 0; start < inputs.length; start += BATCH) {
    db.transaction(() => {
      for (const input of inputs.slice(start, start + BATCH)) {
        const signal = createSignal(ctx, input);
        created.push({ id: signal.id, themes: signal.themes, receivedOn: signal.receivedOn, municipalities: signal.municipalities });
      }
    })();
  }
  const cases: { id: string; themes: string[] }[] = [];
  for (const demoCase of DEMO_CASES) {
    const members = created.filter((signal) => signal.themes.includes(demoCase.theme)).slice(0, SIGNALS_PER_CASE);
    if (members.length === 0) continue;
    const startOn = members.map((signal) => signal.receivedOn).sort()[0]!;
    const made = createCase(ctx, {
      title: demoCase.title,
      type: demoCase.type,
      summary: demoCase.summary,
      status: 'in-behandeling',
      startOn,
      endOn: null,
      municipalities: [],
      themes: [demoCase.theme],
      ownerId: current.id,
      classification: 'ongerubriceerd',
      signalIds: members.map((signal) => signal.id),
    });
    cases.push({ id: made.id, themes: made.themes });
    addJournalEntry(ctx, { caseId: made.id, entryOn: startOn, text: 'Casus geopend na meerdere samenhangende signalen (fictief).' });
    addJournalEntry(ctx, {
      caseId: made.id,
      entryOn: now.toISOString().slice(0, 10),
      text: 'Afstemming met gemeente en partners; vervolgafspraak gepland (fictief).',
    });
  }
  // Organisations, contact persons, contact moments and actions around those signals and cases.
  seedDemoNetwork(ctx, { adviserIds: [current.id, ...advisers.filter((a) => a.id !== current.id).map((a) => a.id)], signals: created, cases });
  seedDemoElections(ctx, { signals: created, cases });
  seedDemoEarlyWarning(ctx, created);
}

export interface DemoOptions {
  now?: Date;
  passphrase?: string;
  signals?: number;
}

/** Creates a demo case file at `filePath` (refusing to overwrite) and closes it. */
export function createDemoCaseFile(filePath: string, options: DemoOptions = {}): string {
  const now = options.now ?? new Date();
  const opened = createCaseFile({
    path: filePath,
    passphrase: options.passphrase ?? DEMO_PASSPHRASE,
    adviser: DEMO_ADVISERS[0],
    isDemo: true,
    now,
    seed: (db, at) => seedDemo(db, at, options.signals ?? DEFAULT_DEMO_SIGNALS),
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
