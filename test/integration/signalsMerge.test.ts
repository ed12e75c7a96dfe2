import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/services/audit';
import { entityHistory } from '../../electron/services/history';
import { distinctiveWords, findDuplicates } from '../../electron/services/signals/duplicates';
import { mergeSignals } from '../../electron/services/signals/merge';
import { getSignal, listSignals } from '../../electron/services/signals/reads';
import { createSignal, deleteSignal, restoreSignal, shareSignal, updateSignal } from '../../electron/services/signals/writes';
import type { AppError } from '../../shared/errors';
import { AMSTERDAM, auditOf, ROTTERDAM, signalDraft, signalTableCounts, UTRECHT, withSignals } from '../support/signals';

const issuesOf = (write: () => unknown) => {
  try {
    write();
  } catch (error) {
    expect((error as AppError).code).toBe('INVALID_INPUT');
    return (error as AppError).issues ?? [];
  }
  throw new Error('accepted');
};

describe('possible duplicates', () => {
  it('finds the same place and theme within 14 days, and similar texts, each once', () => {
    withSignals(({ db, ctx }) => {
      const near = createSignal(ctx, signalDraft({
        title: 'Onrust in de wijk na incident',
        description: 'Bewoners zijn ongerust na een incident bij het buurthuis (fictief).',
        observedOn: '2026-03-01',
        receivedOn: '2026-03-02',
        municipalities: [AMSTERDAM, ROTTERDAM],
        themes: ['polarisatie'],
      }));
      createSignal(ctx, signalDraft({ title: 'Oud signaal', description: 'Buiten het venster (fictief).', observedOn: '2026-02-10', receivedOn: '2026-02-10', municipalities: [AMSTERDAM], themes: ['polarisatie'] }));
      createSignal(ctx, signalDraft({ title: 'Andere plaats', description: 'Zelfde thema elders (fictief).', observedOn: '2026-03-05', receivedOn: '2026-03-05', municipalities: [UTRECHT], themes: ['polarisatie'] }));
      const similar = createSignal(ctx, signalDraft({
        title: 'Brandstichting bij moskee',
        description: 'Na de brandstichting bij een moskee is de sfeer gespannen (fictief).',
        observedOn: '2025-11-01',
        receivedOn: '2025-11-02',
        municipalities: [UTRECHT],
        themes: ['gebedshuizen'],
      }));
      const deleted = createSignal(ctx, signalDraft({ title: 'Brandstichting moskee (verwijderd)', observedOn: '2026-03-08', receivedOn: '2026-03-08', municipalities: [AMSTERDAM], themes: ['polarisatie'] }));
      deleteSignal(ctx, deleted.id, 'Test');

      const probe = {
        title: 'Brandstichting moskee Amsterdam',
        description: 'Melding van brandstichting bij een moskee; bewoners ongerust.',
        municipalities: [AMSTERDAM],
        themes: ['polarisatie', 'gebedshuizen'],
        observedOn: '2026-03-10',
      };
      const candidates = findDuplicates(db, probe);
      expect(candidates.find((c) => c.id === near.id)).toMatchObject({ reason: 'same-place-and-theme', number: near.number, observedOn: '2026-03-01' });
      expect(candidates.find((c) => c.id === similar.id)).toMatchObject({ reason: 'similar-text', title: 'Brandstichting bij moskee' });
      expect(candidates.filter((c) => c.reason === 'same-place-and-theme').map((c) => c.id)).toEqual([near.id]);
      expect(new Set(candidates.map((c) => c.id)).size).toBe(candidates.length);
      expect(candidates.some((c) => c.id === deleted.id)).toBe(false);
      expect(candidates.length).toBeLessThanOrEqual(10);

      expect(findDuplicates(db, { ...probe, excludeId: near.id }).some((c) => c.id === near.id)).toBe(false);
      // Without a date only text can match; without words nothing does.
      expect(findDuplicates(db, { ...probe, observedOn: undefined }).map((c) => c.reason)).not.toContain('same-place-and-theme');
      expect(findDuplicates(db, { title: 'de en het', description: '"*"', municipalities: [], themes: [] })).toEqual([]);
    });
  });

  it('keeps at most five similar texts and ten candidates in all', () => {
    withSignals(({ db, ctx }) => {
      for (let n = 0; n < 8; n += 1) {
        createSignal(ctx, signalDraft({ title: `Intimidatie van journalisten ${n}`, description: 'Journalisten melden intimidatie (fictief).', observedOn: '2025-06-01', receivedOn: '2025-06-01' }));
      }
      for (let n = 0; n < 12; n += 1) createSignal(ctx, signalDraft({ title: `Signaal ${n}`, description: 'Iets anders (fictief).' }));
      const probe = { title: 'Intimidatie journalisten', description: '', municipalities: [AMSTERDAM], themes: ['polarisatie'], observedOn: '2026-03-10' };
      expect(findDuplicates(db, { ...probe, observedOn: undefined })).toHaveLength(5);
      expect(findDuplicates(db, probe)).toHaveLength(10);
    });
  });

  it('takes distinct words as the index stores them, longest first, without stop words', () => {
    expect(distinctiveWords('Demonstratie demonstratie door de gemeente bij het stadhuis')).toEqual(['demonstratie', 'stadhuis']);
    expect(distinctiveWords('Oekraïense Turkíje')).toEqual(['oekraiense', 'turkije']);
    expect(distinctiveWords('a'.repeat(3))).toEqual([]);
    expect(distinctiveWords(Array.from({ length: 40 }, (_, n) => `woord${String(n).padStart(2, '0')}`).join(' '))).toHaveLength(24);
  });

  it('matches on a word with diacritics folded, and on the start of a longer word', () => {
    withSignals(({ db, ctx }) => {
      const signal = createSignal(ctx, signalDraft({ title: 'Spanningen binnen Oekraïense gemeenschap', observedOn: '2025-01-01', receivedOn: '2025-01-01' }));
      const probe = { description: '', municipalities: [], themes: [] };
      expect(findDuplicates(db, { ...probe, title: 'oekraiense' }).map((c) => c.id)).toEqual([signal.id]);
      expect(findDuplicates(db, { ...probe, title: 'spanning' }).map((c) => c.id)).toEqual([signal.id]);
    });
  });
});

describe('merging signals', () => {
  it('unions links and shares into the target, keeps the source soft-deleted, and both histories', () => {
    withSignals(({ db, ctx, otherCtx }) => {
      const target = createSignal(ctx, signalDraft({ title: 'Doel', municipalities: [AMSTERDAM], themes: ['polarisatie'] }));
      shareSignal(ctx, { id: target.id, organisation: 'Gemeente Amsterdam', sharedOn: '2026-03-12', channel: 'e-mail' });
      const source = createSignal(otherCtx, signalDraft({ title: 'Bron', municipalities: [ROTTERDAM, AMSTERDAM], themes: ['polarisatie', 'discriminatie'] }));
      updateSignal(otherCtx, source.id, 1, { ...source, description: 'Aangevuld door tweede adviseur (fictief).' });
      shareSignal(otherCtx, { id: source.id, organisation: 'Politie', sharedOn: '2026-03-13', channel: 'telefoon' });

      const merged = mergeSignals(ctx, target.id, source.id);
      expect(merged.municipalities).toEqual([AMSTERDAM, ROTTERDAM]);
      expect(merged.themes).toEqual(['discriminatie', 'polarisatie']);
      expect(merged.shares.map((share) => share.organisation).sort()).toEqual(['Gemeente Amsterdam', 'Politie']);
      expect(merged.mergedFrom).toEqual([{ id: source.id, number: source.number }]);
      expect(merged.deletedAt).toBeNull();

      const gone = getSignal(db, source.id);
      expect(gone.mergedInto).toEqual({ id: target.id, number: target.number });
      expect(gone.deletedReason).toBe(`Samengevoegd met ${target.number}`);
      expect(gone.shares).toHaveLength(1);
      expect(listSignals(db, {}).rows.map((row) => row.id)).toEqual([target.id]);

      expect(auditOf(db, target.id).at(-1)).toMatchObject({ action: 'update', adviserId: ctx.actor.adviserId });
      expect(auditOf(db, source.id).at(-1)).toMatchObject({ action: 'delete', adviserId: ctx.actor.adviserId });
      const targetHistory = entityHistory(db, 'signal', target.id);
      const sourceHistory = entityHistory(db, 'signal', source.id);
      // The target's history holds its own entries and all of the source's, newest first.
      expect(targetHistory.map((entry) => entry.seq)).toEqual(
        [...auditOf(db, target.id), ...auditOf(db, source.id)].map((entry) => entry.seq).sort((a, b) => b - a),
      );
      expect(sourceHistory.map((entry) => entry.action)).toEqual(['delete', 'status', 'update', 'update', 'create']);
      expect(targetHistory[1]!.changes).toContainEqual({ field: 'municipalities', before: [AMSTERDAM], after: [AMSTERDAM, ROTTERDAM] });
      expect(verifyAuditChain(db).valid).toBe(true);
    });
  });

  it('refuses merging into itself, into a merged or deleted signal, or a source merged already; writes nothing', () => {
    withSignals(({ db, ctx }) => {
      const a = createSignal(ctx, signalDraft({ title: 'A' }));
      const b = createSignal(ctx, signalDraft({ title: 'B' }));
      const c = createSignal(ctx, signalDraft({ title: 'C' }));
      const d = createSignal(ctx, signalDraft({ title: 'D' }));
      deleteSignal(ctx, d.id, 'Test verwijderd');
      mergeSignals(ctx, a.id, b.id);
      const before = signalTableCounts(db);
      expect(issuesOf(() => mergeSignals(ctx, a.id, a.id))).toContainEqual({ path: 'sourceId', message: 'validation.mergeIntoItself' });
      expect(issuesOf(() => mergeSignals(ctx, b.id, c.id))).toEqual([{ path: 'targetId', message: 'validation.mergeTargetGone' }]);
      expect(issuesOf(() => mergeSignals(ctx, d.id, c.id))).toEqual([{ path: 'targetId', message: 'validation.mergeTargetGone' }]);
      expect(issuesOf(() => mergeSignals(ctx, c.id, b.id))).toEqual([{ path: 'sourceId', message: 'validation.mergeSourceGone' }]);
      expect(issuesOf(() => restoreSignal(ctx, b.id))).toEqual([{ path: 'id', message: 'validation.signalMerged' }]);
      expect(signalTableCounts(db)).toEqual(before);
    });
  });

  it('follows merge chains in the history (C into B, then B into A)', () => {
    withSignals(({ db, ctx }) => {
      const a = createSignal(ctx, signalDraft({ title: 'A' }));
      const b = createSignal(ctx, signalDraft({ title: 'B' }));
      const c = createSignal(ctx, signalDraft({ title: 'C' }));
      mergeSignals(ctx, b.id, c.id);
      mergeSignals(ctx, a.id, b.id);
      const seqs = new Set(entityHistory(db, 'signal', a.id).map((entry) => entry.seq));
      for (const id of [a.id, b.id, c.id]) for (const entry of auditOf(db, id)) expect(seqs.has(entry.seq)).toBe(true);
      expect(getSignal(db, a.id).mergedFrom.map((s) => s.id)).toEqual([b.id]);
    });
  });
});
