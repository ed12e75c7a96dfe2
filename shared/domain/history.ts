/** Records whose history the audit log can show (its `entity` column). */
export const HISTORY_ENTITIES = ['signal', 'case', 'organisation', 'contactPerson', 'contactMoment', 'action', 'briefing'] as const;
export type HistoryEntity = (typeof HISTORY_ENTITIES)[number];

/** One change in a record's history, read from the audit log. */
export interface HistoryEntry {
  seq: number;
  at: string;
  by: string;
  action: string;
  /** Field-level differences; empty when the before/after data was erased or the action has none. */
  changes: { field: string; before: unknown; after: unknown }[];
  erased: boolean;
  /** "number title" of the records whose ids appear in `changes`, as far as the case file still holds them. */
  names: Record<string, string>;
}

export interface ReferenceItem {
  code: string;
  nl: string;
  en: string;
  active: boolean;
}

export interface MunicipalityRef {
  code: string;
  name: string;
  provinceCode: string;
  provinceName: string;
}

/** Everything forms and filters need to offer choices, in one call. */
export interface ReferenceData {
  themes: ReferenceItem[];
  sourceTypes: ReferenceItem[];
  municipalities: MunicipalityRef[];
  provinces: { code: string; name: string }[];
  advisers: { id: string; name: string; initials: string }[];
}

export interface SavedView {
  id: string;
  entity: 'signal' | 'case';
  name: string;
  /** A list query (filters and sort) as the list screen understands it. */
  definition: unknown;
  updatedAt: string;
}
