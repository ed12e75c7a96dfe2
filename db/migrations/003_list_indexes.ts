/**
 * Schema v3: partial indexes measured at 100,000 signals (npm run bench).
 * The live-signal total and the default list (received, newest first) read
 * signals_live_received instead of scanning the table; case signal counts use
 * signals_live_case; "merged from" looks up signals_merged_into.
 */
export const sql = `
CREATE INDEX signals_live_received ON signals (received_on) WHERE deleted_at IS NULL;
CREATE INDEX signals_live_case ON signals (case_id) WHERE deleted_at IS NULL;
CREATE INDEX signals_merged_into ON signals (merged_into_id) WHERE merged_into_id IS NOT NULL;
`;
