/**
 * Schema v8: the triage order (urgency, acute first; within a level the
 * oldest received first) of the signals the triage page shows. It mixes
 * directions, which signals_urgency (urgency_rank, received_on) cannot serve,
 * and the new signals are the most recent ones, so a scan of a whole-table
 * index in that order passes thousands of closed signals first. This partial
 * index holds only the live signals in triage, in triage order: the first page
 * is its first 50 entries. db/repositories/signalList.ts repeats the WHERE
 * term literally (SQLite's condition for using a partial index).
 */
export const sql = `
CREATE INDEX signals_triage ON signals (urgency_rank DESC, received_on) WHERE deleted_at IS NULL AND status IN ('nieuw', 'in-duiding');
`;
