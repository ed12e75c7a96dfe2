import { describe, expect, it } from 'vitest';
import { runBounded } from '../soak/bounded';
import { diskFull } from '../soak/scenarios/diskFull';
import { tamper } from '../soak/scenarios/tamper';

describe('tampering with the passphrase (soak, every variant)', () => {
  it('is caught by verify for each variant, and an untouched file verifies ok', { timeout: 600_000 }, async () => {
    const result = await runBounded(tamper);
    expect(result.figures?.detected).toBe(result.figures?.variants);
    expect(result.figures?.variants).toBeGreaterThan(0);
  });
});

describe('a full disk (bounded soak)', () => {
  it('keeps every acknowledged signal; lock, close, info, verify and list work afterwards', { timeout: 600_000 }, async (context) => {
    const result = await runBounded(diskFull);
    if (result.skipped) {
      console.warn(`disk full skipped: ${result.skipped}`);
      context.skip();
    }
  });
});
