import path from 'node:path';
import type { Db } from '../../../db/connection';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers } from '../../../electron/ipc/handlers/index';
import { registerHandlers, type IpcEventLike, type IpcMainLike } from '../../../electron/ipc/register';
import { AppStateStore } from '../../../electron/services/appState';
import { createDemoCaseFile } from '../../../electron/services/demo';
import { CaseFileSession } from '../../../electron/services/session';
import { CHANNELS, contract, wireChannel, type Channel } from '../../../shared/contract/channels';
import { ERROR_CODES, type Result } from '../../../shared/errors';
import { removeDir, SOAK_NOW, SOAK_PASSPHRASE, soakDir } from '../fixtures';
import { FuzzValues, type SchemaLike } from '../fuzzValues';
import { Random } from '../random';
import { Tally, type Scenario, type ScenarioOptions, type ScenarioResult } from '../types';

type Listener = (event: IpcEventLike, payload: unknown) => Promise<Result<unknown>>;

const APP_PAGE = { senderFrame: { url: 'app://ess/index.html' } };
const FOREIGN_PAGE = { senderFrame: { url: 'https://example.org/' } };
const SESSION_SWITCHING = new Set<string>(['caseFile.lock', 'caseFile.close', 'caseFile.openDemo']);
const RECORD_TABLES = ['signals', 'cases', 'organisations', 'contact_persons', 'contact_moments', 'follow_up_actions', 'briefings', 'advisers', 'journal_entries'];

/**
 * Everything a write can change, in one row: per table its row count and,
 * where the table has them, the sum of versions and the last update. Test
 * code, so it reads the schema directly.
 */
class Fingerprint {
  private db: Db | null = null;
  private statement: { get(): unknown } | null = null;

  of(db: Db): string {
    if (db !== this.db) {
      this.db = db;
      const tables = db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'")
        .all() as { name: string }[];
      const parts = tables.flatMap(({ name }) => {
        const columns = new Set((db.prepare('SELECT name FROM pragma_table_info(?)').all(name) as { name: string }[]).map((c) => c.name));
        return [
          `(SELECT count(*) FROM "${name}")`,
          ...(columns.has('version') ? [`(SELECT total(version) FROM "${name}")`] : []),
          ...(columns.has('updated_at') ? [`(SELECT max(updated_at) FROM "${name}")`] : []),
        ];
      });
      this.statement = db.prepare(`SELECT json_array(${parts.join(', ')}) AS fingerprint`);
    }
    return (this.statement!.get() as { fingerprint: string }).fingerprint;
  }
}

function isOpenOn(session: CaseFileSession, filePath: string): boolean {
  const status = session.status();
  return status.state === 'unlocked' && status.file.path === filePath;
}

function recordIds(db: Db): string[] {
  return RECORD_TABLES.flatMap((table) => (db.prepare(`SELECT id FROM "${table}" LIMIT 40`).all() as { id: string }[]).map((row) => row.id));
}

function describeResponse(result: unknown): string {
  try {
    return JSON.stringify(result).slice(0, 300);
  } catch {
    return String(result).slice(0, 300);
  }
}

/** Is this response one the contract allows: a valid value, or an error as data with a stable code? */
function responseProblem(channel: Channel, result: Result<unknown> | undefined): string | null {
  if (!result || typeof result !== 'object') return `not a result object: ${describeResponse(result)}`;
  if (result.ok === true) {
    const parsed = contract[channel].response.safeParse(result.value);
    return parsed.success ? null : `ok value does not match the response schema: ${parsed.error.issues[0]?.message}`;
  }
  if (result.ok !== false || !result.error) return `neither ok nor an error: ${describeResponse(result)}`;
  const { code, message } = result.error;
  if (!(ERROR_CODES as readonly string[]).includes(code) || typeof message !== 'string') return `error without a stable code: ${describeResponse(result)}`;
  if (code === 'INTERNAL') return `INTERNAL (an unexpected exception in the handler): ${message}`;
  return null;
}

/**
 * 20,000 fuzzed requests over every channel of the contract, through the same
 * registration and dispatch the app uses (registerHandlers with a stand-in
 * ipcMain, the real handler table, a real encrypted case file). Every answer
 * must be a valid value or an error as data with a stable code (INTERNAL
 * counts as a failure: a malformed request must be refused, not crash a
 * handler); a refused request must leave the case file unchanged; nothing
 * may be polluted or thrown.
 */
export async function runIpcFuzz({ trials, seed }: ScenarioOptions): Promise<ScenarioResult> {
  const random = new Random(seed);
  const tally = new Tally(trials);
  const dir = soakDir('fuzz');
  const originalError = console.error;
  let internalLogged = 0;
  console.error = () => {
    internalLogged += 1; // dispatch logs unexpected failures; counted, kept off the table
  };
  const outcome = { ok: 0, refused: new Map<string, number>(), reopened: 0 };
  try {
    const filePath = createDemoCaseFile(path.join(dir, 'fuzz.ess'), { passphrase: SOAK_PASSPHRASE, signals: 60, now: SOAK_NOW });
    const session = new CaseFileSession({ now: () => SOAK_NOW });
    const none = async () => null;
    const handlers = createHandlers({
      session,
      appState: new AppStateStore(path.join(dir, 'app')),
      dialogs: { chooseNewCaseFile: none, chooseCaseFile: none, chooseBackupDestination: none, chooseExportDestination: none, chooseDocumentDestination: none },
      dataDir: path.join(dir, 'app'),
      now: () => SOAK_NOW,
    });
    const listeners = new Map<string, Listener>();
    const ipcMain: IpcMainLike = {
      handle: (channel, listener) => {
        if (listeners.has(channel)) tally.fail(null, 'register', `channel registered twice: ${channel}`);
        listeners.set(channel, listener);
      },
    };
    registerHandlers(ipcMain, handlers, (url) => url.startsWith('app://ess/'));
    if (listeners.size !== CHANNELS.length) tally.fail(null, 'register', `${listeners.size} listeners for ${CHANNELS.length} channels`);

    session.unlock(filePath, SOAK_PASSPHRASE);
    const values = new FuzzValues(random, recordIds(session.current().db));
    const fingerprint = new Fingerprint();
    const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).join(',');

    for (let trial = 0; trial < trials; trial++) {
      // Every channel once first, then at random.
      const channel = trial < CHANNELS.length ? CHANNELS[trial]! : random.pick(CHANNELS);
      const schema = contract[channel].request as unknown as SchemaLike;
      // A valid lock, close or demo request costs a key derivation to undo: try those shapes less often.
      const nearValidShare = SESSION_SWITCHING.has(channel) ? 0.1 : 0.55;
      const payload = random.chance(nearValidShare) ? values.nearValid(schema) : values.any();
      const roll = random.next();
      const onOurFile = isOpenOn(session, filePath);
      const before = onOurFile ? fingerprint.of(session.current().db) : null;
      let result: Result<unknown> | undefined;
      const replay = `trial ${trial} (seed ${seed}) ${channel}`;
      try {
        if (roll < 0.02) {
          result = await dispatch(handlers, `${channel}.${values.string().slice(0, 10)}`, payload);
          if (result.ok || result.error.code !== 'INVALID_INPUT') tally.fail(trial, 'unknown', `${replay}: an unknown channel was not refused: ${describeResponse(result)}`);
        } else if (roll < 0.05) {
          result = await listeners.get(wireChannel(channel))!(FOREIGN_PAGE, payload);
          if (result.ok || result.error.code !== 'FORBIDDEN') tally.fail(trial, 'foreign', `${replay}: a request from a foreign page was not refused: ${describeResponse(result)}`);
        } else {
          result = await listeners.get(wireChannel(channel))!(APP_PAGE, payload);
          const problem = responseProblem(channel, result);
          if (problem) tally.fail(trial, `response ${channel}`, `${replay}: ${problem}`);
        }
      } catch (error) {
        tally.fail(trial, `threw ${channel}`, `${replay}: the request threw instead of answering: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`.slice(0, 400));
      }
      if (result?.ok) outcome.ok += 1;
      else if (result) outcome.refused.set(result.error.code, (outcome.refused.get(result.error.code) ?? 0) + 1);
      const stillOnOurFile = isOpenOn(session, filePath);
      if (before !== null && stillOnOurFile && !result?.ok) {
        const after = fingerprint.of(session.current().db);
        if (after !== before) tally.fail(trial, `wrote ${channel}`, `${replay}: a refused request changed the case file (${result?.ok === false ? result.error.code : 'threw'})`);
      }
      if (Object.getOwnPropertyNames(Object.prototype).join(',') !== prototypeKeys || ({} as Record<string, unknown>).polluted !== undefined) {
        tally.fail(trial, 'pollution', `${replay}: Object.prototype was changed`);
        for (const key of Object.getOwnPropertyNames(Object.prototype)) if (!prototypeKeys.split(',').includes(key)) delete (Object.prototype as Record<string, unknown>)[key];
      }
      // A valid lock, close or demo request leaves our file: go back to it, as a user would.
      if (!stillOnOurFile) {
        session.unlock(filePath, SOAK_PASSPHRASE);
        outcome.reopened += 1;
      }
    }
    session.close();
  } finally {
    console.error = originalError;
    removeDir(dir);
  }
  const refused = [...outcome.refused.entries()].sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code} ${n}`).join(', ');
  const refusedTotal = [...outcome.refused.values()].reduce((sum, n) => sum + n, 0);
  return tally.result([
    `answers: ${outcome.ok} ok, refused: ${refused}; reopened after a valid lock/close/demo ${outcome.reopened}x; ${internalLogged} unexpected failure(s) logged by dispatch`,
  ], { ok: outcome.ok, refused: refusedTotal, channels: CHANNELS.length });
}

export const ipcFuzz: Scenario = {
  name: 'fuzzed IPC requests',
  full: 20_000,
  bounded: 1_000,
  run: runIpcFuzz,
};
