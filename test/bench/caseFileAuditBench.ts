import { createHash, randomUUID } from 'node:crypto';
import { closeCaseFileDatabase, type Db } from '../../db/connection';
import { countAuditRows, lastAuditRow } from '../../db/repositories/auditLog';
import { SYSTEM_ACTOR } from '../../electron/services/actor';
import { recordChange, verifyAuditChain, type Change } from '../../electron/services/audit';
import { createCaseFile } from '../../electron/services/caseFile';
import path from 'node:path';
import { BENCH_ADVISER, BENCH_PASSPHRASE } from './caseFileOpenBench';
import type { BenchRun, BenchSuite } from './measure';
import { paragraph, pick, seededRandom, seededUuid, sentence, timestamp } from './sampleData';

/**
 * The audit trail through our service against the raw library: appending a
 * change (JSON, two SHA-256 hashes, reading the chain head) versus prepared
 * INSERTs of precomputed rows, and verifying the whole chain versus merely
 * reading it.
 */

const SINGLE_APPENDS = 300;
const BATCH_SIZE = 5_000;
const BATCHES = 4;

const STATUSES = ['nieuw', 'in duiding', 'gedeeld', 'in opvolging', 'afgesloten'];
const URGENCIES = ['laag', 'gemiddeld', 'hoog', 'acuut'];
const THEMES = ['polarisatie', 'discriminatie', 'statelijke inmenging', 'buitenlandse verkiezingen', 'radicalisering'];

/** Signal updates with realistic before/after images (about 1-2 kB of JSON each). */
function makeChanges(count: number, seed: number): Change[] {
  const random = seededRandom(seed);
  const changes: Change[] = [];
  for (let i = 0; i < count; i += 1) {
    const before = {
      title: sentence(random, 4, 10),
      description: paragraph(random, 3 + Math.floor(random() * 4)),
      observedOn: timestamp(random).slice(0, 10),
      municipalities: [`GM0${100 + Math.floor(random() * 900)}`],
      themes: [pick(random, THEMES), pick(random, THEMES)],
      urgency: pick(random, URGENCIES),
      status: pick(random, STATUSES),
      version: 1 + Math.floor(random() * 5),
    };
    const after = { ...before, status: pick(random, STATUSES), interpretation: paragraph(random, 2), version: before.version + 1 };
    changes.push({ entity: 'signal', entityId: seededUuid(random), action: 'update', before, after });
  }
  return changes;
}

interface RawAuditRow {
  seq: number;
  id: string;
  at: string;
  adviserId: string | null;
  adviserLabel: string;
  entity: string;
  entityId: string;
  action: string;
  payloadSha256: string;
  prevHash: string;
  hash: string;
  beforeJson: string | null;
  afterJson: string | null;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The same rows the service would write, computed up front so the floor only inserts. */
function precompute(changes: readonly Change[], firstSeq: number, now: Date): RawAuditRow[] {
  return changes.map((change, i) => {
    const beforeJson = JSON.stringify(change.before);
    const afterJson = JSON.stringify(change.after);
    return {
      seq: firstSeq + i,
      id: randomUUID(),
      at: now.toISOString(),
      adviserId: SYSTEM_ACTOR.adviserId,
      adviserLabel: SYSTEM_ACTOR.label,
      entity: change.entity,
      entityId: change.entityId,
      action: change.action,
      payloadSha256: sha256(JSON.stringify([beforeJson, afterJson])),
      prevHash: sha256(`prev ${i}`),
      hash: sha256(`row ${i}`),
      beforeJson,
      afterJson,
    };
  });
}

/** Raw floor: two prepared INSERTs per entry, no reads, no hashing. */
function rawAppender(db: Db): (row: RawAuditRow) => void {
  const log = db.prepare(
    `INSERT INTO audit_log (seq, id, at, adviser_id, adviser_label, entity, entity_id, action, payload_sha256, prev_hash, hash)
     VALUES (@seq, @id, @at, @adviserId, @adviserLabel, @entity, @entityId, @action, @payloadSha256, @prevHash, @hash)`,
  );
  const payload = db.prepare('INSERT INTO audit_payload (seq, before_json, after_json) VALUES (?, ?, ?)');
  return (row) => {
    const { beforeJson, afterJson, ...logRow } = row;
    log.run(logRow);
    payload.run(row.seq, beforeJson, afterJson);
  };
}

function newCaseFile(dir: string, name: string): Db {
  return createCaseFile({ path: path.join(dir, name), passphrase: BENCH_PASSPHRASE, adviser: BENCH_ADVISER }).db;
}

function benchAppends(bench: BenchRun, service: Db, raw: Db): void {
  const now = new Date();
  const total = SINGLE_APPENDS + 30 + BATCH_SIZE * BATCHES;
  const changes = makeChanges(total, 3);
  const rows = precompute(changes, (lastAuditRow(raw)?.seq ?? 0) + 1, now);
  const appendRaw = rawAppender(raw);
  let next = 0;
  let nextRaw = 0;

  bench.compare({ warmup: 30, n: SINGLE_APPENDS }, [
    {
      id: 'audit.append.raw',
      label: 'raw: 2 prepared INSERTs, own transaction',
      run: () => raw.transaction(() => appendRaw(rows[nextRaw++]!))(),
    },
    {
      id: 'audit.append.service',
      label: 'recordChange, own transaction',
      floor: { id: 'audit.append.raw', label: 'raw' },
      note: 'each commit is fsynced (synchronous=FULL), so the disk dominates single appends',
      run: () => service.transaction(() => recordChange(service, SYSTEM_ACTOR, changes[next++]!, now))(),
    },
  ]);

  bench.compare({ n: BATCHES }, [
    {
      id: 'audit.batch.raw',
      label: `raw: ${BATCH_SIZE.toLocaleString('en')} appends, 1 transaction`,
      run: () =>
        raw.transaction(() => {
          for (let i = 0; i < BATCH_SIZE; i += 1) appendRaw(rows[nextRaw++]!);
        })(),
    },
    {
      id: 'audit.batch.service',
      label: `recordChange x${BATCH_SIZE.toLocaleString('en')}, 1 transaction`,
      floor: { id: 'audit.batch.raw', label: 'raw' },
      run: () =>
        service.transaction(() => {
          for (let i = 0; i < BATCH_SIZE; i += 1) recordChange(service, SYSTEM_ACTOR, changes[next++]!, now);
        })(),
    },
  ]);
}

/** Reading the whole chain with its payloads, against reading and checking every hash. */
function benchVerify(bench: BenchRun, db: Db): void {
  const read = db.prepare('SELECT * FROM audit_log l LEFT JOIN audit_payload p ON p.seq = l.seq ORDER BY l.seq');
  const entries = countAuditRows(db);
  bench.compare({ warmup: 1, n: 5 }, [
    {
      id: 'audit.read.raw',
      label: 'raw: iterate audit_log JOIN audit_payload',
      run: () => {
        let count = 0;
        for (const _row of read.iterate()) count += 1;
        if (count !== entries) throw new Error(`read ${count} of ${entries} entries`);
      },
    },
    {
      id: 'audit.verify.service',
      label: 'verifyAuditChain',
      floor: { id: 'audit.read.raw', label: 'raw' },
      note: `${entries.toLocaleString('en')} entries in the chain`,
      run: () => {
        const result = verifyAuditChain(db);
        if (!result.valid || result.entries !== entries) throw new Error(`audit chain did not verify: ${JSON.stringify(result)}`);
      },
    },
  ]);
}

export const caseFileAuditSuite: BenchSuite = {
  name: 'case file: audit log',
  run(bench) {
    const dir = bench.tempDir();
    const service = newCaseFile(dir, 'audit-service.ess');
    const raw = newCaseFile(dir, 'audit-raw.ess');
    try {
      benchAppends(bench, service, raw);
      benchVerify(bench, service);
    } finally {
      closeCaseFileDatabase(service);
      closeCaseFileDatabase(raw);
    }
  },
};
