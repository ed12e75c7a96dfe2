import { useTranslation } from 'react-i18next';
import { adviserName, municipalityName, useReference, useReferenceLabel } from '../api/domain';
import type { HistoryEntity } from '../../../shared/domain/history';
import { formatDate } from '../format';

/** Fields whose stored codes have labels under enums.* (per entity, since "status" differs); a dotted value is a full key prefix. */
const ENUM_FIELDS: Record<string, string> = {
  'signal.status': 'signalStatus',
  'case.status': 'caseStatus',
  'case.type': 'caseType',
  'organisation.type': 'organisationType',
  'action.status': 'actionStatus',
  'action.kind': 'actionKind',
  'briefing.status': 'briefing.statuses',
  'briefing.kind': 'briefing.kinds',
  role: 'contactRole',
  legalBasis: 'legalBasis',
  form: 'contactForm',
  urgency: 'urgency',
  phase: 'phase',
  trend: 'trend',
  classification: 'classification',
  sourceReliability: 'sourceReliability',
  infoCredibility: 'infoCredibility',
};
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A stored value as a reader wants to see it in the history: codes as their
 * labels, municipality codes as names, adviser ids as names, dates as dates,
 * nothing as a dash. Everything stays text.
 */
export function useHistoryValue(
  entity: HistoryEntity,
  /** Display names of records the page knows (e.g. the linked case's number), by id. */
  names: Record<string, string> = {},
): (field: string, value: unknown) => string {
  const { t, i18n } = useTranslation();
  const reference = useReference().data;
  const label = useReferenceLabel();
  const one = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return '—';
    if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
    const list = ENUM_FIELDS[`${entity}.${field}`] ?? ENUM_FIELDS[field];
    const labelKey = list && `${list.includes('.') ? list : `enums.${list}`}.${String(value)}`;
    if (labelKey && i18n.exists(labelKey)) return t(labelKey as 'enums.urgency.laag');
    if (typeof value === 'string') {
      if (field === 'municipalities') return municipalityName(reference, value);
      if (field === 'themes') return label(reference?.themes, value);
      if (field === 'sourceType') return label(reference?.sourceTypes, value);
      if (names[value]) return names[value];
      if (field === 'ownerId') return adviserName(reference, value) ?? '—';
      // An id the page cannot name (a case linked before): say what it is rather than show the id.
      if (UUID.test(value)) return field === 'caseId' ? t('history.otherCase') : t('history.otherRecord');
      if (DATE.test(value)) return formatDate(value);
      return value;
    }
    if (typeof value === 'object') {
      // Structured changes: a share ({organisation, sharedOn, channel}) or a merge link ({id, number}).
      const record = value as Record<string, unknown>;
      if (typeof record.organisation === 'string') {
        const channel = String(record.channel ?? '');
        return [
          record.organisation,
          typeof record.sharedOn === 'string' ? formatDate(record.sharedOn) : '',
          t(`enums.shareChannel.${channel as 'overleg'}`, { defaultValue: channel }),
        ]
          .filter(Boolean)
          .join(' · ');
      }
      if (typeof record.number === 'string') return record.number;
      return JSON.stringify(value);
    }
    return String(value);
  };
  return (field, value) => {
    if (Array.isArray(value)) return value.length ? value.map((item) => one(field, item)).join(', ') : '—';
    return one(field, value);
  };
}
