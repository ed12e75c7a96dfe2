import { randomUUID } from 'node:crypto';
import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import type { Db } from '../../db/connection';
import { nextNumber } from '../../db/repositories/numbers';
import type { BriefingDraftInput } from '../../shared/domain/briefing';

/**
 * Test helpers for briefing notes: a case file seeded with records inside and
 * outside a selection (each outsider carries a marker word that must never
 * reach a document), and readers that unzip a .docx and parse its XML.
 */

export const AMSTERDAM = 'GM0363'; // Noord-Holland
export const ROTTERDAM = 'GM0599'; // Zuid-Holland
export const UTRECHT = 'GM0344'; // Utrecht
export const DEN_HAAG = 'GM0518'; // Zuid-Holland

export const PERIOD = { from: '2026-03-01', to: '2026-03-31' } as const;
export const SELECTED_THEMES = ['polarisatie', 'discriminatie'];

export const SPECIAL = `Spanning & onrust <jongeren> "aanhalingstekens" 'apostrof'`;
export const LONG_WORD = 'arbeidsongeschiktheidsverzekeringsmaatschappij';
/** In the free text of a signal flagged as personal data. */
export const PERSONAL_MARKER = 'PERSOONSMARKER';
/** A contact person's name, linked to a contact moment in the period. */
export const PERSON_NAME = 'Pieter PERSOONSNAAM';
/** In every record that lies outside the default selection. */
export const OUTSIDER = 'BUITENSELECTIE';

export interface SeededRecords {
  signals: { special: string; discrimination: string; personal: string; february: string; otherTheme: string; deleted: string; confidential: string };
  cases: { selected: string; other: string };
  contactMoments: { inPeriod: string; before: string };
  actions: { open: string; done: string; outside: string };
}

/** The fixed clock of the case tests (caseFixtures.ts), repeated here so the bench can seed without vitest. */
const FIXED_NOW = '2026-03-15T10:00:00.000Z';

export interface BriefingSignal {
  title?: string;
  description?: string;
  interpretation?: string;
  receivedOn?: string;
  municipalities?: string[];
  themes?: string[];
  caseId?: string | null;
  deleted?: boolean;
  classification?: string;
  personal?: boolean;
  location?: string;
  community?: string;
  urgency?: 'laag' | 'gemiddeld' | 'hoog' | 'acuut';
}

const URGENCY_RANK = { laag: 1, gemiddeld: 2, hoog: 3, acuut: 4 } as const;

/** A signal with plain SQL (as caseFixtures does), with the fields briefings care about. */
export function insertBriefingSignal(db: Db, signal: BriefingSignal): string {
  const id = randomUUID();
  const receivedOn = signal.receivedOn ?? '2026-03-01';
  const at = `${receivedOn}T09:00:00.000Z`;
  const urgency = signal.urgency ?? 'gemiddeld';
  db.prepare(
    `INSERT INTO signals (id, number, title, description, interpretation, observed_on, received_on, location, community, urgency, urgency_rank,
       trend, status, case_id, classification, contains_personal_data, created_at, updated_at, deleted_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'onbekend', 'nieuw', ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    nextNumber(db, 'SIG', Number(receivedOn.slice(0, 4))),
    signal.title ?? 'Spanning rond buurthuis',
    signal.description ?? 'Bewoners melden onrust na een bijeenkomst.',
    signal.interpretation ?? '',
    receivedOn,
    receivedOn,
    signal.location ?? '',
    signal.community ?? '',
    urgency,
    URGENCY_RANK[urgency],
    signal.caseId ?? null,
    signal.classification ?? 'ongerubriceerd',
    signal.personal ? 1 : 0,
    at,
    at,
    signal.deleted ? at : null,
  );
  const municipality = db.prepare('INSERT INTO signal_municipalities (signal_id, municipality_code) VALUES (?, ?)');
  for (const code of signal.municipalities ?? [AMSTERDAM]) municipality.run(id, code);
  const theme = db.prepare('INSERT INTO signal_themes (signal_id, theme_code) VALUES (?, ?)');
  for (const code of signal.themes ?? ['polarisatie']) theme.run(id, code);
  return id;
}

function insertCase(db: Db, title: string, classification = 'ongerubriceerd'): string {
  const id = randomUUID();
  db.prepare(
    `INSERT INTO cases (id, number, title, type, summary, status, start_on, classification, created_at, updated_at)
     VALUES (?, ?, ?, 'lokale-spanning', '', 'open', '2026-03-01', ?, ?, ?)`,
  ).run(id, nextNumber(db, 'CAS', 2026), title, classification, FIXED_NOW, FIXED_NOW);
  return id;
}

function insertContactMoment(db: Db, heldOn: string, subject: string, municipality: string, personName: string | null): string {
  const id = randomUUID();
  db.prepare(
    `INSERT INTO contact_moments (id, number, held_on, form, subject, minutes, classification, created_at, updated_at)
     VALUES (?, ?, ?, 'overleg', ?, 'Notulen met details (niet in de nota).', 'ongerubriceerd', ?, ?)`,
  ).run(id, nextNumber(db, 'CON', 2026), heldOn, subject, FIXED_NOW, FIXED_NOW);
  db.prepare('INSERT INTO contact_moment_municipalities (contact_moment_id, municipality_code) VALUES (?, ?)').run(id, municipality);
  if (personName) {
    const personId = randomUUID();
    db.prepare(
      `INSERT INTO contact_persons (id, number, name, role, legal_basis, review_on, created_at, updated_at)
       VALUES (?, ?, ?, 'sleutelfiguur', 'publieke-taak', '2027-01-01', ?, ?)`,
    ).run(personId, nextNumber(db, 'PER', 2026), personName, FIXED_NOW, FIXED_NOW);
    db.prepare('INSERT INTO contact_moment_persons (contact_moment_id, person_id) VALUES (?, ?)').run(id, personId);
  }
  return id;
}

function insertAction(db: Db, description: string, status: string, links: { signalId?: string; caseId?: string }): string {
  const id = randomUUID();
  db.prepare(
    `INSERT INTO follow_up_actions (id, number, description, kind, due_on, status, signal_id, case_id, created_at, updated_at)
     VALUES (?, ?, ?, 'kennissessie', '2026-04-01', ?, ?, ?, ?, ?)`,
  ).run(id, nextNumber(db, 'ACT', 2026), description, status, links.signalId ?? null, links.caseId ?? null, FIXED_NOW, FIXED_NOW);
  return id;
}

/** The records every briefing test reads: some inside the period-and-themes selection, some outside. */
export function seedBriefingRecords(db: Db): SeededRecords {
  return db.transaction((): SeededRecords => {
    const selectedCase = insertCase(db, 'Spanningen rond het buurthuis');
    const otherCase = insertCase(db, `${OUTSIDER}-casus`);
    const special = insertBriefingSignal(db, {
      title: SPECIAL,
      description: `Bewoners melden onrust; de ${LONG_WORD} is erbij betrokken.`,
      interpretation: 'Oplopende spanning in de wijk.',
      receivedOn: '2026-03-02',
      municipalities: [AMSTERDAM],
      themes: ['polarisatie'],
      location: 'Bos en Lommer',
    });
    const discrimination = insertBriefingSignal(db, {
      title: 'Discriminerende leuzen bij moskee',
      receivedOn: '2026-03-10',
      municipalities: [ROTTERDAM],
      themes: ['discriminatie'],
      caseId: selectedCase,
    });
    const personal = insertBriefingSignal(db, {
      title: 'Melding van een sleutelfiguur',
      description: `${PERSONAL_MARKER}: een bewoner van de Dorpsstraat 1 wordt bedreigd.`,
      interpretation: `${PERSONAL_MARKER}-duiding`,
      receivedOn: '2026-03-20',
      municipalities: [UTRECHT],
      themes: ['polarisatie'],
      personal: true,
      location: `${PERSONAL_MARKER}-straat`,
      community: `${PERSONAL_MARKER}-familie`,
    });
    const february = insertBriefingSignal(db, { title: `${OUTSIDER}-februari`, receivedOn: '2026-02-10', municipalities: [AMSTERDAM], themes: ['polarisatie'] });
    const otherTheme = insertBriefingSignal(db, { title: `${OUTSIDER}-thema`, receivedOn: '2026-03-05', municipalities: [AMSTERDAM], themes: ['asiel-opvang'] });
    const deleted = insertBriefingSignal(db, { title: `${OUTSIDER}-verwijderd`, receivedOn: '2026-03-06', themes: ['polarisatie'], deleted: true });
    const confidential = insertBriefingSignal(db, {
      title: 'Beïnvloeding via verenigingen',
      receivedOn: '2026-03-12',
      municipalities: [DEN_HAAG],
      themes: ['statelijke-inmenging'],
      classification: 'departementaal-vertrouwelijk',
    });
    const inPeriod = insertContactMoment(db, '2026-03-04', 'Overleg met de gemeente over het buurthuis', AMSTERDAM, PERSON_NAME);
    const before = insertContactMoment(db, '2026-02-01', `${OUTSIDER}-contact`, AMSTERDAM, null);
    return {
      signals: { special, discrimination, personal, february, otherTheme, deleted, confidential },
      cases: { selected: selectedCase, other: otherCase },
      contactMoments: { inPeriod, before },
      actions: {
        open: insertAction(db, 'Kennissessie voor jongerenwerkers organiseren', 'open', { signalId: special }),
        done: insertAction(db, 'AFGEROND-actie', 'afgerond', { signalId: special }),
        outside: insertAction(db, `${OUTSIDER}-actie`, 'open', { signalId: february }),
      },
    };
  })();
}

/** A draft over March 2026 and two themes: the seeded insiders and none of the outsiders. */
export function marchDraft(kind: BriefingDraftInput['kind'], overrides: Partial<BriefingDraftInput> = {}): BriefingDraftInput {
  return {
    kind,
    subject: `Test ${kind}`,
    selection: { ...PERIOD, themes: SELECTED_THEMES },
    sections: {
      aanleiding: 'Er zijn signalen over spanningen rond een buurthuis.',
      kernpunten: '- Eerste punt\n- Tweede punt',
      toelichting: `Duiding met ${SPECIAL} en ${LONG_WORD}.`,
    },
    ...overrides,
  };
}

// ---------------------------------------------------------------- reading a .docx

export type DocxParts = Record<string, string>;

/** Every XML part of a .docx by its path in the zip. */
export function unzipDocx(bytes: Uint8Array): DocxParts {
  const files = unzipSync(bytes);
  return Object.fromEntries(
    Object.entries(files)
      .filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels'))
      .map(([name, data]) => [name, strFromU8(data)]),
  );
}

export function partsMatching(parts: DocxParts, pattern: RegExp): [string, string][] {
  return Object.entries(parts).filter(([name]) => pattern.test(name));
}

// xmldom's nodes are typed with the DOM lib's interfaces.
type XmlElement = Element;

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export function parseXml(xml: string): XmlElement {
  const document = new DOMParser().parseFromString(xml, 'text/xml');
  return document.documentElement as XmlElement;
}

function descendants(element: XmlElement, localName: string): XmlElement[] {
  return Array.from(element.getElementsByTagNameNS(W, localName)) as XmlElement[];
}

/** The visible text of an element: its w:t runs, with tabs and line breaks. */
export function textOf(element: XmlElement): string {
  let text = '';
  const walk = (node: XmlElement) => {
    for (const child of Array.from(node.childNodes) as XmlElement[]) {
      if (child.namespaceURI === W && child.localName === 't') text += child.textContent ?? '';
      else if (child.namespaceURI === W && child.localName === 'tab' && node.localName === 'r') text += '\t';
      else if (child.namespaceURI === W && child.localName === 'br') text += '\n';
      else if (child.nodeType === 1) walk(child);
    }
  };
  walk(element);
  return text;
}

export interface DocParagraph {
  style: string | null;
  text: string;
}

export function paragraphsOf(xml: string): DocParagraph[] {
  return descendants(parseXml(xml), 'p').map((p) => {
    const style = descendants(p, 'pStyle')[0]?.getAttributeNS(W, 'val') ?? null;
    return { style, text: textOf(p) };
  });
}

/** Heading paragraphs (Word's built-in Heading1..3 styles) in document order. */
export function headingsOf(xml: string): { level: number; text: string }[] {
  return paragraphsOf(xml)
    .filter((p) => p.style !== null && /^Heading\d$/.test(p.style))
    .map((p) => ({ level: Number(p.style!.slice(7)), text: p.text }));
}

export interface DocTable {
  /** Rows of cell texts; the first ones may be header rows. */
  rows: string[][];
  headerRows: number;
  layoutFixed: boolean;
  gridWidths: number[];
  cantSplitRows: number;
}

export function tablesOf(xml: string): DocTable[] {
  return descendants(parseXml(xml), 'tbl').map((table) => {
    const rows = (Array.from(table.childNodes) as XmlElement[]).filter((node) => node.localName === 'tr');
    const headerRows = rows.filter((row) => descendants(row, 'tblHeader').length > 0).length;
    const layout = descendants(table, 'tblLayout')[0]?.getAttributeNS(W, 'type');
    return {
      rows: rows.map((row) => (Array.from(row.childNodes) as XmlElement[]).filter((node) => node.localName === 'tc').map(textOf)),
      headerRows,
      layoutFixed: layout === 'fixed',
      gridWidths: descendants(table, 'gridCol').map((col) => Number(col.getAttributeNS(W, 'w'))),
      cantSplitRows: rows.filter((row) => descendants(row, 'cantSplit').length > 0).length,
    };
  });
}

/** The table whose header row starts with the given column titles. */
export function tableWithHeader(xml: string, ...titles: string[]): DocTable {
  const found = tablesOf(xml).find((table) => table.headerRows === 1 && titles.every((title, index) => table.rows[0]?.[index] === title));
  if (!found) throw new Error(`no table with header ${titles.join(' | ')}`);
  return found;
}

/** Field instructions in a part (PAGE, NUMPAGES, ...), simple or complex fields alike. */
export function fieldsOf(xml: string): string[] {
  const root = parseXml(xml);
  const complex = descendants(root, 'instrText').map((node) => (node.textContent ?? '').trim());
  const simple = descendants(root, 'fldSimple').map((node) => (node.getAttributeNS(W, 'instr') ?? '').trim());
  return [...complex, ...simple].map((instruction) => instruction.split(/\s+/)[0]!.toUpperCase());
}
