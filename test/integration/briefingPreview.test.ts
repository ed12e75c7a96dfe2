import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftDocumentModel, PREVIEW_SIGNAL_ROWS, previewBriefing } from '../../electron/services/briefings/reads';
import { AMSTERDAM, insertBriefingSignal } from '../support/briefings';
import { openTestCaseFile, type TestCaseFile } from '../support/caseFixtures';

/**
 * The composer asks for a preview after every pause in typing, so a large
 * overview must not send its whole signals table each time: the preview
 * holds the first rows and says how many more the Word file will hold.
 */

const EXTRA = 23;
let file: TestCaseFile;
beforeAll(() => {
  file = openTestCaseFile();
  file.db.transaction(() => {
    for (let i = 0; i < PREVIEW_SIGNAL_ROWS + EXTRA; i += 1) {
      const day = String((i % 28) + 1).padStart(2, '0');
      insertBriefingSignal(file.db, { title: `Signaal ${i}`, receivedOn: `2026-02-${day}`, municipalities: [AMSTERDAM], themes: ['polarisatie'] });
    }
  })();
});
afterAll(() => file.close());

describe('the composer preview of a large overview', () => {
  it('holds the first rows and the number left out, while the document model keeps every signal', () => {
    const draft = { kind: 'signaleringsoverzicht', selection: { from: '2026-02-01', to: '2026-02-28' } };
    const preview = previewBriefing(file.db, draft, { now: file.ctx().now });
    expect(preview.model.signals).toHaveLength(PREVIEW_SIGNAL_ROWS);
    expect(preview.model.omittedSignals).toBe(EXTRA);
    expect(preview.records.signals).toHaveLength(PREVIEW_SIGNAL_ROWS + EXTRA);
    expect(preview.model.counts.total).toBe(PREVIEW_SIGNAL_ROWS + EXTRA);
    expect('logo' in preview.model).toBe(false);
    expect(draftDocumentModel(file.db, draft, { now: file.ctx().now }).signals).toHaveLength(PREVIEW_SIGNAL_ROWS + EXTRA);
  });

  it('leaves nothing out of a small note', () => {
    const preview = previewBriefing(file.db, { kind: 'signaleringsoverzicht', selection: { from: '2026-02-01', to: '2026-02-01' } }, { now: file.ctx().now });
    expect(preview.model.omittedSignals).toBe(0);
    expect(preview.model.signals.length).toBeGreaterThan(0);
  });
});
