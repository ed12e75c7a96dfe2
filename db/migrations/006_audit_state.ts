/**
 * Schema v6: each audit entry also keeps a fingerprint (sha256) of the state
 * of its record right after the change. `ess verify` recomputes it for every
 * live record, so a record edited behind the app's back (with the passphrase,
 * without an entry) no longer matches its last entry. NULL marks an entry
 * written before this version; '' one about something without a stored row
 * (a setting, the case file itself).
 */
export const sql = `
ALTER TABLE audit_log ADD COLUMN state_sha256 TEXT;
`;
