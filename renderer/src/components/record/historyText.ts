import type { HistoryEntity, ReferenceData } from '../../../../shared/domain/history';
import { formatDate, formatDateTime, formatNumber } from '../../format';

/**
 * A record's history in plain Dutch: every field key of an audit entry as its
 * label, every value as a reader wants to see it. Pure (no React), so a test
 * can run every payload the services write through it.
 */
export interface HistoryTextContext {
  t: (key: string, options?: Record<string, unknown>) => string;
  exists: (key: string) => boolean;
  language: string;
  reference: ReferenceData | undefined;
  /** "number title" of linked records by id: from the page and from the history service. */
  names: Record<string, string>;
}

/** Fields whose stored codes have labels under enums.* (per entity, since "status" differs); a dotted value is a full key prefix. */
const ENUM_FIELDS: Record<string, string> = {
  'signal.status': 'enums.signalStatus',
  'case.status': 'enums.caseStatus',
  'case.type': 'enums.caseType',
  'organisation.type': 'enums.organisationType',
  'action.status': 'enums.actionStatus',
  'action.kind': 'enums.actionKind',
  'briefing.status': 'briefing.statuses',
  'briefing.kind': 'briefing.kinds',
  'briefing.chart': 'briefing.charts',
  role: 'enums.contactRole',
  legalBasis: 'enums.legalBasis',
  form: 'enums.contactForm',
  urgency: 'enums.urgency',
  phase: 'enums.phase',
  trend: 'enums.trend',
  classification: 'enums.classification',
  sourceReliability: 'enums.sourceReliability',
  infoCredibility: 'enums.infoCredibility',
  channel: 'enums.shareChannel',
  entity: 'records.entity',
};
/** Where the labels of a record's fields live, when the namespace is not the entity's own name. */
const LABEL_NAMESPACES: Record<string, string[]> = {
  briefing: ['briefing', 'briefing.selectionField'],
};
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Keys inside a structured value that say nothing to a reader (an internal id next to its number). */
const QUIET_KEYS = new Set(['id']);

/** The Dutch (or English) label of a field: history-only keys first, then the record's own field labels. */
export function historyFieldLabel(ctx: HistoryTextContext, entity: HistoryEntity, field: string): string {
  const candidates = [
    `records.field.${entity}.${field}`,
    `records.field.${field}`,
    ...(LABEL_NAMESPACES[entity] ?? [entity]).map((namespace) => `${namespace}.${field}`),
  ];
  const key = candidates.find((candidate) => ctx.exists(candidate) && typeof ctx.t(candidate) === 'string');
  // An unknown key still reads as words, never as camelCase.
  return key ? ctx.t(key) : field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

function enumLabel(ctx: HistoryTextContext, entity: HistoryEntity, field: string, value: string): string | null {
  const prefix = ENUM_FIELDS[`${entity}.${field}`] ?? ENUM_FIELDS[field];
  const key = prefix && `${prefix}.${value}`;
  return key && ctx.exists(key) ? ctx.t(key) : null;
}

function referenceLabel(ctx: HistoryTextContext, items: { code: string; nl: string; en: string }[] | undefined, code: string): string {
  const item = items?.find((candidate) => candidate.code === code);
  return item ? (ctx.language === 'en' ? item.en : item.nl) : code;
}

function stringText(ctx: HistoryTextContext, entity: HistoryEntity, field: string, value: string): string {
  const reference = ctx.reference;
  const label = enumLabel(ctx, entity, field, value);
  if (label) return label;
  if (field === 'municipalities' || field === 'municipalityCode') {
    return reference?.municipalities.find((m) => m.code === value)?.name ?? value;
  }
  if (field === 'themes') return referenceLabel(ctx, reference?.themes, value);
  if (field === 'sourceType') return referenceLabel(ctx, reference?.sourceTypes, value);
  if (ctx.names[value]) return ctx.names[value];
  if (UUID.test(value)) {
    const adviser = reference?.advisers.find((candidate) => candidate.id === value);
    if (adviser) return adviser.name;
    // An id nobody can name any more (an erased record): say what it is rather than show the id.
    return field === 'caseId' ? ctx.t('history.otherCase') : ctx.t('history.otherRecord');
  }
  if (DATE.test(value)) return formatDate(value);
  if (DATE_TIME.test(value)) return formatDateTime(value);
  return value;
}

/** A structured value as readable lines ("Versie: 2"), one per part, nested parts indented by their label. */
function objectLines(ctx: HistoryTextContext, entity: HistoryEntity, record: Record<string, unknown>): string[] {
  // A link to a record ({id, number}) reads as its number, or its name when the service knew it.
  if (typeof record.number === 'string' && Object.keys(record).every((key) => key === 'id' || key === 'number')) {
    return [typeof record.id === 'string' && ctx.names[record.id] ? ctx.names[record.id]! : record.number];
  }
  return Object.entries(record)
    .filter(([key]) => !QUIET_KEYS.has(key))
    .map(([key, value]) => `${historyFieldLabel(ctx, entity, key)}: ${historyValueText(ctx, entity, key, value).replace(/\n/g, '; ')}`);
}

/**
 * A stored value as text: codes as labels, municipality codes as names, ids
 * as the linked record's number and title, dates as dd-mm-jjjj, booleans as
 * ja/nee, lists joined, nested objects as lines. Never JSON.
 */
export function historyValueText(ctx: HistoryTextContext, entity: HistoryEntity, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? ctx.t('common.yes') : ctx.t('common.no');
  if (typeof value === 'number') return formatNumber(value, ctx.language);
  if (typeof value === 'string') return stringText(ctx, entity, field, value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '—';
    const items = value.map((item) => historyValueText(ctx, entity, field, item));
    // Structured items each get their own line; plain ones read as a list.
    return value.some((item) => typeof item === 'object' && item !== null) ? items.join('\n') : items.join(', ');
  }
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    // A share: to whom, when, how.
    if (typeof record.organisation === 'string') {
      return [
        record.organisation,
        typeof record.sharedOn === 'string' ? formatDate(record.sharedOn) : '',
        typeof record.channel === 'string' ? (enumLabel(ctx, entity, 'channel', record.channel) ?? record.channel) : '',
        typeof record.note === 'string' ? record.note : '',
      ]
        .filter(Boolean)
        .join(' · ');
    }
    const lines = objectLines(ctx, entity, record);
    return lines.length ? lines.join('\n') : '—';
  }
  return String(value);
}
