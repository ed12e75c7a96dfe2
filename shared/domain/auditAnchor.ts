/**
 * An audit anchor: the head of a case file's audit chain (seq and hash) at one
 * moment, kept outside the file so `ess verify` can find entries that were
 * removed or rewritten since. Lives in shared/ because an exported note
 * carries one as a custom document property, written where the .docx is built.
 */
export interface AuditAnchorValue {
  caseFileId: string;
  seq: number;
  hash: string;
  /** When the anchor was taken (ISO). */
  at: string;
}

/** The custom document property of an exported note that carries its anchor. */
export const DOCX_ANCHOR_PROPERTY = 'ESSAuditAnchor';

/** One plain text value, so no XML escaping can change it. */
export function formatAnchorProperty(anchor: AuditAnchorValue): string {
  return ['v1', anchor.caseFileId, anchor.seq, anchor.hash, anchor.at].join(';');
}

export function parseAnchorProperty(value: string): AuditAnchorValue | null {
  const [format, caseFileId = '', seq = '', hash = '', at = ''] = value.split(';');
  const anchor = { caseFileId, seq: Number(seq), hash, at };
  const valid = format === 'v1' && caseFileId !== '' && Number.isInteger(anchor.seq) && anchor.seq > 0 && /^[0-9a-f]{64}$/.test(hash) && at !== '';
  return valid ? anchor : null;
}
