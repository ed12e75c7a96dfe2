import type { Db } from '../../db/connection';
import { lastEntryPerRecord } from '../../db/repositories/auditLog';
import { iterateRecordStates, RECORD_ENTITIES, type RecordEntity } from '../../db/repositories/auditState';
import { stateFingerprint } from './audit';

/**
 * Every stored record must look exactly as its last audit entry says (the
 * entry's state fingerprint, schema v6). A record edited, inserted or deleted
 * with the passphrase but outside the app has no entry that says so.
 */

export interface RecordProblem {
  entity: RecordEntity;
  id: string;
  problem: 'changed' | 'removed' | 'unaudited';
}

export interface RecordVerification {
  /** Records compared with their last entry. */
  checked: number;
  /** Records whose last entry predates schema v6: nothing to compare with until their next change. */
  notFingerprinted: number;
  problems: RecordProblem[];
  /** All problems, of which `problems` lists the first few. */
  problemCount: number;
}

const LISTED = 20;

export function verifyRecordStates(db: Db): RecordVerification {
  const result: RecordVerification = { checked: 0, notFingerprinted: 0, problems: [], problemCount: 0 };
  const report = (entity: RecordEntity, id: string, problem: RecordProblem['problem']) => {
    result.problemCount += 1;
    if (result.problems.length < LISTED) result.problems.push({ entity, id, problem });
  };
  for (const entity of RECORD_ENTITIES) {
    const last = lastEntryPerRecord(db, entity);
    for (const { id, state } of iterateRecordStates(db, entity)) {
      const entry = last.get(id);
      last.delete(id);
      if (!entry) report(entity, id, 'unaudited');
      else if (entry.stateSha256 === null) result.notFingerprinted += 1;
      else if (entry.stateSha256 !== stateFingerprint(state)) report(entity, id, 'changed');
      else result.checked += 1;
    }
    // Records with entries but no row: fine when the last entry saw it go (an erasure).
    for (const [id, entry] of last) {
      if (entry.stateSha256 !== null && entry.stateSha256 !== stateFingerprint(null)) report(entity, id, 'removed');
    }
  }
  return result;
}

const WHAT: Record<RecordProblem['problem'], string> = {
  changed: 'differs from what its last audit entry recorded (edited outside the app)',
  removed: 'was removed without an audit entry',
  unaudited: 'has no audit entry (written outside the app)',
};

export function describeRecordProblem(problem: RecordProblem): string {
  return `${problem.entity} ${problem.id} ${WHAT[problem.problem]}`;
}
