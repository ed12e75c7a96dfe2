import { describe, expect, it } from 'vitest';
import { applyTamper, buildTamperFixture, runTamperVariant, TAMPER_VARIANTS, verifyFixture } from '../support/tamper';
import { tempDir } from '../support/tempDir';

describe('ess verify against someone who holds the passphrase', () => {
  it('passes the untouched case file: every record, erasure, schema object and the anchor agree', () => {
    const fixture = buildTamperFixture(tempDir());
    const { report, failures } = verifyFixture(fixture);
    expect(failures).toEqual([]);
    expect(report.ok).toBe(true);
    // One signal and one person were erased lawfully: their payloads are gone and covered.
    expect(report.audit.erasedPayloads).toBeGreaterThan(0);
    expect(report.schema).toEqual([]);
    expect(report.records).toMatchObject({ problemCount: 0, notFingerprinted: 0 });
    expect(report.records.checked).toBeGreaterThanOrEqual(10);
    expect(report.anchors).toHaveLength(1);
    expect(report.anchors[0]).toMatchObject({ ok: true, anchor: { seq: report.audit.headSeq, source: 'app' } });
  });

  for (const variant of TAMPER_VARIANTS) {
    it(`finds: ${variant.name}`, () => {
      const outcome = runTamperVariant(tempDir(), variant);
      expect(outcome.detected).toBe(true);
      expect(outcome.failures.join('\n')).toMatch(variant.expected);
    });
  }

  it('recomputing the chain without an anchor is not found by the chain itself (why anchors exist)', () => {
    const fixture = buildTamperFixture(tempDir());
    applyTamper(fixture, TAMPER_VARIANTS.find((variant) => variant.name.startsWith('edit a record and recompute'))!);
    const withAnchor = verifyFixture(fixture);
    const withoutAnchor = verifyFixture({ ...fixture, anchorsDir: `${fixture.anchorsDir}-none` });
    expect(withAnchor.report.ok).toBe(false);
    expect(withAnchor.report.audit.valid).toBe(true);
    expect(withAnchor.report.records.problemCount).toBe(0);
    expect(withAnchor.report.schema).toEqual([]);
    expect(withoutAnchor.report.ok).toBe(true);
  });
});
