import type { CampaignVisitFields } from '../../shared/domain/election';
import type { Db } from '../connection';
import { statement } from '../statements';
import type { Stamp } from './cases';

/** A visit as stored; the service adds the window check and the election's summary. */
export interface CampaignVisitRecord extends CampaignVisitFields {
  id: string;
  number: string;
  municipalityName: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  updatedBy: string | null;
  deletedAt: string | null;
}

const SELECT = `SELECT v.id, v.number, v.election_id AS electionId, v.visitor, v.government, v.date, v.place,
  v.municipality_code AS municipalityCode, m.name AS municipalityName, v.notified_on AS notifiedToForeignAffairsOn, v.notes,
  v.version, v.created_at AS createdAt, v.updated_at AS updatedAt, COALESCE(u.name, v.updated_by) AS updatedBy,
  v.deleted_at AS deletedAt
FROM campaign_visits v
LEFT JOIN municipalities m ON m.code = v.municipality_code
LEFT JOIN advisers u ON u.id = v.updated_by`;

export function findCampaignVisit(db: Db, id: string): CampaignVisitRecord | undefined {
  return statement(db, `${SELECT} WHERE v.id = ?`).get(id) as CampaignVisitRecord | undefined;
}

/** Live visits, of one election or all, by date (newest first), of live elections only. */
export function listCampaignVisitRecords(db: Db, electionId: string | null): CampaignVisitRecord[] {
  return statement(
    db,
    `${SELECT} JOIN elections e ON e.id = v.election_id
     WHERE v.deleted_at IS NULL AND e.deleted_at IS NULL AND (@electionId IS NULL OR v.election_id = @electionId)
     ORDER BY v.date DESC, v.seq DESC`,
  ).all({ electionId }) as CampaignVisitRecord[];
}

const params = (v: CampaignVisitFields) => ({
  electionId: v.electionId,
  visitor: v.visitor,
  government: v.government,
  date: v.date,
  place: v.place,
  municipalityCode: v.municipalityCode,
  notifiedOn: v.notifiedToForeignAffairsOn,
  notes: v.notes,
});

export function insertCampaignVisit(db: Db, record: CampaignVisitFields & { id: string; number: string }, stamp: Stamp): void {
  statement(
    db,
    `INSERT INTO campaign_visits (id, number, election_id, visitor, government, date, place, municipality_code, notified_on, notes,
       created_at, updated_at, updated_by, version)
     VALUES (@id, @number, @electionId, @visitor, @government, @date, @place, @municipalityCode, @notifiedOn, @notes, @at, @at, @by, 1)`,
  ).run({ id: record.id, number: record.number, ...params(record), at: stamp.at, by: stamp.by });
}

export function updateCampaignVisitFields(db: Db, id: string, fields: CampaignVisitFields, stamp: Stamp): void {
  statement(
    db,
    `UPDATE campaign_visits SET election_id = @electionId, visitor = @visitor, government = @government, date = @date,
       place = @place, municipality_code = @municipalityCode, notified_on = @notifiedOn, notes = @notes,
       updated_at = @at, updated_by = @by, version = version + 1
     WHERE id = @id`,
  ).run({ id, ...params(fields), at: stamp.at, by: stamp.by });
}

export function setCampaignVisitDeleted(db: Db, id: string, reason: string, stamp: Stamp): void {
  statement(
    db,
    `UPDATE campaign_visits SET deleted_at = ?, deleted_reason = ?, updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ?`,
  ).run(stamp.at, reason, stamp.at, stamp.by, id);
}
