/**
 * Schema v11: the live signals by observed date, covering what the overview
 * (db/repositories/overviewStats.ts) and the weekly counts read: the date, the
 * national flag and the id to join themes and municipalities. Without it each
 * signal in a range costs a lookup in the table only to read deleted_at and
 * is_national (measured in test/bench/overviewBench.ts at 100,000 signals).
 * Partial on deleted_at IS NULL, which every such query repeats literally;
 * deleted_at is in the key too (always NULL there) because SQLite counts an
 * index as covering only when it holds every column the query names.
 */
export const sql = `
CREATE INDEX signals_live_observed ON signals (observed_on, is_national, id, deleted_at) WHERE deleted_at IS NULL;
`;
