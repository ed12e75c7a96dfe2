import { contactPersonInputSchema } from '../../shared/domain/contactPerson';
import { createContactMomentSchema } from '../../shared/domain/contactMoment';
import { ACTION_STATUSES, type ActionStatus, type ContactRole, type LegalBasis } from '../../shared/domain/enums';
import { endOfIsoWeek, followUpActionInputSchema, type FollowUpActionInputDraft } from '../../shared/domain/followUpAction';
import { organisationInputSchema } from '../../shared/domain/organisation';
import { createAction } from './actions/writes';
import { createContactMoment } from './contactMoments/writes';
import { createContactPerson } from './contactPersons/writes';
import type { WriteContext } from './context';
import {
  ACTION_TEXTS,
  DEMO_ORGANISATIONS,
  DEMO_PERSON_COUNT,
  DEMO_PLACES,
  demoPersonName,
  FORM_OPENERS,
  FORM_WEIGHTS,
  FUNCTIONS,
  QUIET_AFTER_DAYS,
  QUIET_PLACES,
  RESULTS,
  TOPICS,
  type DemoTopic,
} from './demoNetworkData';
import { createOrganisation } from './organisations/writes';
import { todayInNetherlands } from './validation';

/**
 * The demo's network: organisations, contact persons, a year of contact
 * moments and the follow-up actions agreed at them, all written through the
 * same services the app uses (so validation, numbers and the audit log are
 * real). Deterministic for a given seed and `now`: dates are relative to
 * today, so a demo made today has actions overdue and due this week.
 */

export const DEMO_CONTACT_MOMENTS = 120;
/** Actions besides those agreed at contact moments: due this week, overdue, later. */
const STANDALONE_ACTIONS = 12;

export interface DemoNetworkSources {
  /** The demo advisers; the first is the one at work when the demo opens. */
  adviserIds: readonly string[];
  signals: readonly { id: string; municipalities: readonly string[]; receivedOn: string }[];
  cases: readonly { id: string; themes: readonly string[] }[];
}

export interface DemoNetworkCounts {
  organisations: number;
  contactPersons: number;
  contactMoments: number;
  actions: number;
}

type Rand = () => number;

/** mulberry32, as in demoSignals.ts: a tiny seeded PRNG. */
function seeded(seed: number): Rand {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
function weighted<T>(rand: Rand, items: readonly (readonly [T, number])[]): T {
  let roll = rand() * items.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [item, weight] of items) {
    roll -= weight;
    if (roll <= 0) return item;
  }
  return items[items.length - 1]![0];
}
/** Up to `max` different items. */
function some<T>(rand: Rand, items: readonly T[], max: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  const count = Math.min(pool.length, 1 + Math.floor(rand() * max));
  for (let i = 0; i < count; i += 1) out.push(...pool.splice(Math.floor(rand() * pool.length), 1));
  return out;
}

const DAY_MS = 86_400_000;
const shift = (day: string, days: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const ascii = (text: string): string => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').replace(/ı/g, 'i').toLowerCase().replace(/[^a-z]+/g, '');

interface Created {
  id: string;
  municipalities: readonly string[];
}

function createOrganisations(ctx: WriteContext): Created[] {
  return DEMO_ORGANISATIONS.map((organisation) => ({
    id: createOrganisation(ctx, organisationInputSchema.parse({ ...organisation, notes: 'Fictief demovoorbeeld.' })).id,
    municipalities: organisation.municipalities,
  }));
}

const LEGAL_BASIS: Record<ContactRole, LegalBasis> = {
  sleutelfiguur: 'gerechtvaardigd-belang',
  beleidsambtenaar: 'publieke-taak',
  bestuurder: 'publieke-taak',
  wijkagent: 'publieke-taak',
  professional: 'publieke-taak',
};

/** One person per organisation first, the rest at municipalities and community organisations; one in four is due for review. */
function createPersons(ctx: WriteContext, rand: Rand, organisations: readonly Created[], today: string): Map<string, string[]> {
  const byOrganisation = new Map<string, string[]>();
  const busy = DEMO_ORGANISATIONS.flatMap((organisation, index) =>
    organisation.type === 'gemeente' || organisation.type === 'zelforganisatie' ? [index] : [],
  );
  for (let i = 0; i < DEMO_PERSON_COUNT; i += 1) {
    const index = i < organisations.length ? i : pick(rand, busy);
    const organisation = organisations[index]!;
    const [fn, role] = pick(rand, FUNCTIONS[DEMO_ORGANISATIONS[index]!.type]);
    const name = demoPersonName(i);
    const [first = '', ...rest] = name.split(' ');
    const person = createContactPerson(
      ctx,
      contactPersonInputSchema.parse({
        name,
        function: fn,
        role,
        organisationId: organisation.id,
        email: role === 'sleutelfiguur' ? '' : `${ascii(first)}.${ascii(rest.join(''))}@voorbeeld.example`,
        legalBasis: LEGAL_BASIS[role],
        reviewOn: i % 4 === 0 ? shift(today, -(10 + Math.floor(rand() * 150))) : shift(today, 60 + Math.floor(rand() * 360)),
        notes: 'Fictieve persoon in het demobestand.',
      }),
    );
    byOrganisation.set(organisation.id, [...(byOrganisation.get(organisation.id) ?? []), person.id]);
  }
  return byOrganisation;
}

/** Status, dates and result of an action due on `dueOn`: mostly done when long past, mostly open when still ahead. */
function actionState(rand: Rand, dueOn: string, from: string, today: string): Pick<FollowUpActionInputDraft, 'status' | 'completedOn' | 'result'> {
  const past = dueOn < today;
  const status: ActionStatus = past
    ? weighted(rand, [['afgerond', 55], ['vervallen', 10], ['open', 20], ['lopend', 15]] as const)
    : weighted(rand, [['open', 60], ['lopend', 35], ['afgerond', 5]] as const);
  if (status !== 'afgerond') return { status, completedOn: null, result: status === 'vervallen' ? 'Niet meer nodig (fictief).' : '' };
  const done = shift(dueOn < today ? dueOn : today, -Math.floor(rand() * 5));
  return { status, completedOn: done < from ? from : done, result: pick(rand, RESULTS) };
}

function actionText(rand: Rand, topic: DemoTopic, place: string): Pick<FollowUpActionInputDraft, 'kind' | 'description'> {
  const [kind, text] = pick(rand, ACTION_TEXTS);
  return { kind, description: `${text.replace('{about}', topic.about).replace('{place}', place)} (fictief)` };
}

interface MomentPlan {
  daysAgo: number;
  place: readonly [code: string, name: string, weight: number];
}

/** When and where the contact moments happen: more of them recently; lapsed places only long ago. */
function planMoments(rand: Rand): MomentPlan[] {
  const places = DEMO_PLACES.map((place) => [place, place[2]] as const);
  const plans = Array.from({ length: DEMO_CONTACT_MOMENTS }, (): MomentPlan => {
    const place = weighted(rand, places);
    let daysAgo = Math.floor(rand() ** 1.3 * 365);
    if (QUIET_PLACES.includes(place[0]) && daysAgo < QUIET_AFTER_DAYS) daysAgo = QUIET_AFTER_DAYS + Math.floor(rand() * (365 - QUIET_AFTER_DAYS));
    return { daysAgo, place };
  });
  // Oldest first, so numbers follow the calendar.
  return plans.sort((a, b) => b.daysAgo - a.daysAgo);
}

function createMoments(
  ctx: WriteContext,
  rand: Rand,
  sources: DemoNetworkSources,
  organisations: readonly Created[],
  persons: Map<string, string[]>,
  today: string,
): { moments: number; actions: number } {
  let actions = 0;
  const national = organisations.filter((organisation) => organisation.municipalities.length === 0);
  for (const { daysAgo, place } of planMoments(rand)) {
    const [code, placeName] = place;
    const heldOn = shift(today, -daysAgo);
    const topic = pick(rand, TOPICS);
    const form = weighted(rand, FORM_WEIGHTS);
    const local = organisations.filter((organisation) => organisation.municipalities.includes(code));
    const present = [...some(rand, local, 2), ...(rand() < 0.15 ? [pick(rand, national)] : [])];
    const people = present.flatMap((organisation) => some(rand, persons.get(organisation.id) ?? [], 2));
    const recentSignals = sources.signals.filter(
      (signal) => signal.municipalities.includes(code) && signal.receivedOn <= heldOn && signal.receivedOn >= shift(heldOn, -45),
    );
    const themedCases = sources.cases.filter((item) => item.themes.includes(topic.theme));
    const actionCount = daysAgo < 90 ? weighted(rand, [[0, 35], [1, 45], [2, 20]] as const) : rand() < 0.2 ? 1 : 0;
    const agreed = Array.from({ length: actionCount }, () => {
      const dueOn = shift(heldOn, 7 + Math.floor(rand() * 29));
      return {
        ...actionText(rand, topic, placeName),
        ownerId: rand() < 0.5 ? (sources.adviserIds[0] ?? null) : pick(rand, sources.adviserIds),
        dueOn,
        ...actionState(rand, dueOn, heldOn, today),
      };
    });
    createContactMoment(
      ctx,
      createContactMomentSchema.parse({
        heldOn,
        form,
        subject: `${FORM_OPENERS[form]} ${topic.about} in ${placeName}`,
        minutes: `${topic.minutes} (fictief)`,
        municipalities: [code],
        organisationIds: present.map((organisation) => organisation.id),
        personIds: people,
        staffIds: some(rand, sources.adviserIds, 2),
        themes: [topic.theme],
        signalIds: recentSignals.length > 0 && rand() < 0.4 ? some(rand, recentSignals, 2).map((signal) => signal.id) : [],
        caseId: themedCases.length > 0 && rand() < 0.3 ? pick(rand, themedCases).id : null,
        actions: agreed,
      }),
    );
    actions += agreed.length;
  }
  return { moments: DEMO_CONTACT_MOMENTS, actions };
}

/**
 * Actions on their own, for signals and cases: for the adviser at work some
 * due this week and some overdue (so "Mijn acties" and the overview after
 * unlocking show something), and a few for colleagues.
 */
function createStandaloneActions(ctx: WriteContext, rand: Rand, sources: DemoNetworkSources, today: string): number {
  const daysLeft = Math.round((Date.parse(endOfIsoWeek(today)) - Date.parse(today)) / DAY_MS);
  const recent = [...sources.signals].sort((a, b) => (a.receivedOn < b.receivedOn ? 1 : -1)).slice(0, 30);
  const me = sources.adviserIds[0] ?? null;
  for (let i = 0; i < STANDALONE_ACTIONS; i += 1) {
    const kind = i % 3; // 0: due this week, 1: overdue, 2: later, for a colleague
    const dueOn = kind === 0 ? shift(today, Math.floor(rand() * (daysLeft + 1))) : kind === 1 ? shift(today, -(1 + Math.floor(rand() * 20))) : shift(today, 10 + Math.floor(rand() * 40));
    const signal = recent.length > 0 && (i % 2 === 0 || sources.cases.length === 0) ? pick(rand, recent) : null;
    const aCase = signal === null && sources.cases.length > 0 ? pick(rand, sources.cases) : null;
    const topic = pick(rand, TOPICS);
    createAction(
      ctx,
      followUpActionInputSchema.parse({
        ...actionText(rand, topic, 'de gemeente'),
        ownerId: kind === 2 ? pick(rand, sources.adviserIds) : me,
        dueOn,
        status: pick(rand, ACTION_STATUSES.slice(0, 2)),
        signalId: signal?.id ?? null,
        caseId: aCase?.id ?? null,
      }),
    );
  }
  return STANDALONE_ACTIONS;
}

/** Fills the demo's network in one transaction; returns what it made. */
export function seedDemoNetwork(ctx: WriteContext, sources: DemoNetworkSources, seed = 20_260_401): DemoNetworkCounts {
  const rand = seeded(seed);
  const today = todayInNetherlands(ctx.now);
  return ctx.db.transaction(() => {
    const organisations = createOrganisations(ctx);
    const persons = createPersons(ctx, rand, organisations, today);
    const { moments, actions } = createMoments(ctx, rand, sources, organisations, persons, today);
    const standalone = createStandaloneActions(ctx, rand, sources, today);
    return { organisations: organisations.length, contactPersons: DEMO_PERSON_COUNT, contactMoments: moments, actions: actions + standalone };
  })();
}
