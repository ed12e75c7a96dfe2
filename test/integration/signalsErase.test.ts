import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { closeCaseFileDatabase } from '../../db/connection';
import { verifyAuditChain } from '../../electron/services/audit';
import { entityHistory } from '../../electron/services/history';
import { eraseSignal } from '../../electron/services/signals/erase';
import { mergeSignals } from '../../electron/services/signals/merge';
import { getSignal, listSignals } from '../../electron/services/signals/reads';
import { createSignal, deleteSignal, setSignalStatus, shareSignal, updateSignal } from '../../electron/services/signals/writes';
import type { AppError } from '../../shared/errors';
import { PASSPHRASE } from '../support/caseFiles';
import { auditOf, decryptedBytesOnDisk, openSignalFixture, signalDraft, signalTableCounts, tablesContaining } from '../support/signals';

/**
 * A word that occurs nowhere else. The FTS index stores it lowercased and may
 * share its first letters with the previous term on a page, so the search
 * needle is its distinctive tail, which every copy contains.
 */
const MARKER = 'Xyzzymarkeerpunt8841';
const NEEDLE = 'markeerpunt8841';

describe('erasing a signal (privacy)', () => {
  it('removes its text from every table, the file and the WAL; the audit chain still verifies', () => {
    const fixture = openSignalFixture();
    const { db, ctx, filePath } = fixture;
    let closed = false;
    try {
      const kept = createSignal(ctx, signalDraft({ title: 'Blijft staan', description: 'Een ander signaal over de wijk (fictief).' }));
      const signal = createSignal(ctx, signalDraft({
        title: `Melding ${MARKER}`,
        description: `Beschrijving met ${MARKER} erin (fictief).`,
        community: `Groep ${MARKER}`,
      }));
      const edited = updateSignal(ctx, signal.id, 1, { ...signal, interpretation: `Duiding ${MARKER}`, description: `Nieuwe ${MARKER} tekst.` });
      shareSignal(ctx, { id: signal.id, organisation: `Organisatie ${MARKER}`, sharedOn: '2026-03-14', channel: 'e-mail' });
      setSignalStatus(ctx, signal.id, 'in-opvolging');
      // A signal merged into the one to erase must survive on its own.
      const duplicate = createSignal(ctx, signalDraft({ title: 'Dubbele melding' }));
      mergeSignals(ctx, signal.id, duplicate.id);
      const earlierEntries = auditOf(db, signal.id).length;
      expect(edited.version).toBe(2);

      // The scanners do see the marker before erasure (otherwise the checks below would prove nothing).
      expect(tablesContaining(db, NEEDLE).sort()).toEqual(['audit_payload', 'signal_shares', 'signals', 'signals_fts_data']);
      expect(decryptedBytesOnDisk(filePath, PASSPHRASE).includes(NEEDLE)).toBe(true);

      // A wrong confirmation changes nothing.
      const before = signalTableCounts(db);
      try {
        eraseSignal(ctx, signal.id, 'SIG-2026-9999');
        throw new Error('accepted');
      } catch (error) {
        expect((error as AppError).code).toBe('INVALID_INPUT');
        expect((error as AppError).issues).toEqual([{ path: 'confirmNumber', message: 'validation.confirmNumber' }]);
      }
      expect(signalTableCounts(db)).toEqual(before);

      eraseSignal(ctx, signal.id, signal.number);

      expect(() => getSignal(db, signal.id)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
      expect(tablesContaining(db, NEEDLE)).toEqual([]);
      // Links and shares went with the row; only the audit still names the id (entries, merge references).
      expect(tablesContaining(db, signal.id).filter((table) => !table.startsWith('audit_'))).toEqual([]);
      expect(listSignals(db, { filters: { text: MARKER, includeDeleted: true } }).total).toBe(0);
      // The checkpoint emptied the WAL, and no page of the file still holds the text, free pages included.
      expect(fs.statSync(`${filePath}-wal`).size).toBe(0);
      expect(decryptedBytesOnDisk(filePath, PASSPHRASE).includes(NEEDLE)).toBe(false);

      // The audit keeps its entries (without content) and one 'erase' entry naming only the number.
      const entries = auditOf(db, signal.id);
      expect(entries).toHaveLength(earlierEntries + 1);
      expect(entries.slice(0, -1).every((entry) => entry.hasPayload === 0)).toBe(true);
      expect(entries.at(-1)).toMatchObject({ action: 'erase', adviserId: ctx.actor.adviserId, beforeJson: null });
      expect(JSON.parse(entries.at(-1)!.afterJson!)).toEqual({ number: signal.number });
      const verification = verifyAuditChain(db);
      expect(verification.valid).toBe(true);
      expect(verification.erasedPayloads).toBe(earlierEntries);
      const history = entityHistory(db, 'signal', signal.id);
      expect(history[0]).toMatchObject({ action: 'erase', erased: false, changes: [{ field: 'number', before: null, after: signal.number }] });
      expect(history.slice(1).every((entry) => entry.erased && entry.changes.length === 0)).toBe(true);

      // The merged duplicate stays (soft-deleted), now pointing nowhere; the other signal is untouched.
      expect(getSignal(db, duplicate.id)).toMatchObject({ mergedInto: null, deletedReason: `Samengevoegd met ${signal.number}` });
      expect(getSignal(db, kept.id).title).toBe('Blijft staan');
      expect(listSignals(db, { filters: { text: 'wijk' } }).rows.map((row) => row.id)).toEqual([kept.id]);

      closeCaseFileDatabase(db);
      closed = true;
      const closedFile = decryptedBytesOnDisk(filePath, PASSPHRASE);
      expect(fs.existsSync(`${filePath}-wal`)).toBe(false);
      expect(closedFile.includes('Blijft staan')).toBe(true); // the decryption works on the main file
      expect(closedFile.includes(NEEDLE)).toBe(false);
    } finally {
      if (!closed) fixture.close();
    }
  });

  it('erases a soft-deleted signal too, and refuses an unknown one', () => {
    const fixture = openSignalFixture();
    try {
      const { db, ctx } = fixture;
      const signal = createSignal(ctx, signalDraft());
      deleteSignal(ctx, signal.id, 'Eerst zacht verwijderd');
      eraseSignal(ctx, signal.id, ` ${signal.number} `);
      expect(listSignals(db, { filters: { includeDeleted: true } }).total).toBe(0);
      expect(() => eraseSignal(ctx, signal.id, signal.number)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
      expect(verifyAuditChain(db).valid).toBe(true);
    } finally {
      fixture.close();
    }
  });
});
