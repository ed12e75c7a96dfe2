import type { SignalInput } from '../../shared/domain/signal';
import { SIGNAL_PHASES, SOURCE_RELIABILITIES, TRENDS } from '../../shared/domain/enums';

/**
 * Realistic but entirely fictional signals for the demo case file and for
 * benchmarks. Deterministic for a given seed, so demos and measurements repeat.
 * Every description says it is fictional; no real people or events appear.
 */

/** mulberry32: a tiny seeded PRNG, good enough for spreading demo data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
function weighted<T>(rand: Rand, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = rand() * total;
  for (const [item, weight] of items) {
    roll -= weight;
    if (roll <= 0) return item;
  }
  return items[items.length - 1]![0];
}

/** Larger municipalities get more signals, as in practice; the rest spread over the register. */
const BIG_CITIES = ['GM0363', 'GM0599', 'GM0518', 'GM0344', 'GM0772', 'GM0034', 'GM0014', 'GM0855', 'GM0202', 'GM0268'];

const COMMUNITIES = [
  'Turks-Nederlandse gemeenschap',
  'Marokkaans-Nederlandse gemeenschap',
  'Eritrese gemeenschap',
  'Oekraïense gemeenschap',
  'Joodse gemeenschap',
  'Syrische gemeenschap',
  'Koerdische gemeenschap',
  'Chinese gemeenschap',
  'Poolse arbeidsmigranten',
  'bewoners van een asielzoekerscentrum',
  'jongeren in de wijk',
] as const;

const STATE_ACTORS = ['', '', '', 'Turkije', 'China', 'Eritrea', 'Rusland', 'Iran', 'Marokko'] as const;

interface Template {
  theme: string;
  title: string;
  description: string;
}

// {community}, {place} and {actor} are filled in per signal.
const TEMPLATES: readonly Template[] = [
  { theme: 'polarisatie', title: 'Oplopende spanningen tussen groepen jongeren in {place}', description: 'Een wijkprofessional meldt verharding van de toon tussen groepen jongeren na een online discussie. Er zijn nog geen incidenten.' },
  { theme: 'polarisatie', title: 'Verharde discussie in buurtapp na raadsbesluit in {place}', description: 'Bewoners reageren fel op elkaar in een buurtapp; de gemeente vraagt om duiding en handelingsperspectief.' },
  { theme: 'statelijke-inmenging', title: 'Signalen van druk op leden van de {community}', description: 'Een sleutelfiguur vertelt dat leden zich onder druk gezet voelen om niet deel te nemen aan een bijeenkomst; mogelijke betrokkenheid van {actor}.' },
  { theme: 'statelijke-inmenging', title: 'Vermoedelijke monitoring van bijeenkomst in {place}', description: 'Deelnemers aan een culturele avond melden dat er werd gefilmd door onbekenden; zorgen over doorgeleiding naar {actor}.' },
  { theme: 'buitenlandse-verkiezingen', title: 'Campagnebijeenkomst rond buitenlandse verkiezingen in {place}', description: 'Aangekondigde bijeenkomst met een vertegenwoordiger uit {actor}; vraag of de campagneperiode en de meldplicht bij BZ in acht worden genomen.' },
  { theme: 'buitenlandse-verkiezingen', title: 'Onrust rond stembureau voor buitenlandse verkiezing in {place}', description: 'Spanningen tussen aanhangers van verschillende partijen bij een stembureau; de gemeente overweegt extra maatregelen.' },
  { theme: 'internationaal-conflict', title: 'Doorwerking internationaal conflict op scholen in {place}', description: 'Leraren merken dat het conflict in het Midden-Oosten tot spanningen in de klas leidt; behoefte aan een handreiking.' },
  { theme: 'internationaal-conflict', title: 'Demonstratie en tegendemonstratie aangekondigd in {place}', description: 'Twee groepen hebben voor hetzelfde weekend een demonstratie aangemeld; de gemeente vraagt om een beeld van de sfeer.' },
  { theme: 'discriminatie', title: 'Meldingen van discriminatie bij sportvereniging in {place}', description: 'Het antidiscriminatiebureau ontving meerdere meldingen over uitingen tijdens wedstrijden; betrokkenen voelen zich niet gehoord.' },
  { theme: 'antisemitisme', title: 'Zorgen over veiligheid bij joodse instelling in {place}', description: 'Een bestuurder meldt toegenomen bezorgdheid na online bedreigingen; vraag om contact met de gemeente en politie.' },
  { theme: 'moslimdiscriminatie', title: 'Bekladding van moskee in {place}', description: 'Er is leuze gekalkt op de gevel van een moskee. Het bestuur vraagt om steun en zorgt voor rust in de gemeenschap.' },
  { theme: 'asiel-opvang', title: 'Spanningen rond nieuwe opvanglocatie in {place}', description: 'Een informatieavond over een nieuwe opvanglocatie verliep onrustig; tegenstanders roepen online op tot acties.' },
  { theme: 'desinformatie', title: 'Desinformatie over incident verspreidt zich in {place}', description: 'Een onjuist bericht over een incident gaat rond in besloten groepen en voedt wantrouwen richting de gemeente.' },
  { theme: 'online-haat', title: 'Online intimidatie van lokale woordvoerder in {place}', description: 'Een woordvoerder van de {community} wordt online bedreigd na een interview; zorgen over de veiligheid en het publieke debat.' },
  { theme: 'demonstraties', title: 'Aangekondigd protest bij gemeentehuis in {place}', description: 'Via sociale media wordt opgeroepen tot protest tegen een raadsbesluit; de toon is grimmig.' },
  { theme: 'gebedshuizen', title: 'Vraag om gesprek over veiligheid gebedshuizen in {place}', description: 'Besturen van verschillende gebedshuizen willen gezamenlijk afspraken maken met de gemeente over veiligheid.' },
];

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export interface DemoSignalOptions {
  count: number;
  /** The last day signals may fall on (today). */
  today: Date;
  seed?: number;
  /** Advisers to spread ownership over. */
  ownerIds: readonly string[];
  /** All municipality codes of the register, with their names. */
  municipalities: readonly { code: string; name: string }[];
}

export function generateDemoSignals(options: DemoSignalOptions): SignalInput[] {
  const rand = random(options.seed ?? 20_261_128);
  const names = new Map(options.municipalities.map((m) => [m.code, m.name]));
  const codes = options.municipalities.map((m) => m.code);
  const signals: SignalInput[] = [];
  const dayMs = 86_400_000;
  for (let index = 0; index < options.count; index += 1) {
    const template = pick(rand, TEMPLATES);
    const isNational = rand() < 0.05;
    const municipality = rand() < 0.45 ? pick(rand, BIG_CITIES) : pick(rand, codes);
    const place = isNational ? 'meerdere gemeenten' : (names.get(municipality) ?? 'de gemeente');
    const community = pick(rand, COMMUNITIES);
    const actor = pick(rand, STATE_ACTORS) || 'een buitenlandse overheid';
    const fill = (text: string) => text.replaceAll('{place}', place).replaceAll('{community}', community).replaceAll('{actor}', actor);
    const ageDays = Math.floor(rand() ** 1.6 * 540);
    const received = new Date(options.today.getTime() - ageDays * dayMs);
    const observed = new Date(received.getTime() - Math.floor(rand() * 8) * dayMs);
    const secondTheme = rand() < 0.3 ? pick(rand, TEMPLATES).theme : template.theme;
    const status = ageDays > 120 ? weighted(rand, [['afgesloten', 6], ['in-opvolging', 2], ['gedeeld', 2]] as const)
      : weighted(rand, [['nieuw', 3], ['in-duiding', 3], ['gedeeld', 2], ['in-opvolging', 2], ['afgesloten', 1]] as const);
    signals.push({
      title: fill(template.title),
      description: `[Fictief voorbeeld] ${fill(template.description)}`,
      interpretation: rand() < 0.6 ? 'Duiding: signaal past in een breder beeld; voorlopig geen acute dreiging, wel aandacht voor de sociale cohesie.' : '',
      observedOn: isoDate(observed),
      receivedOn: isoDate(received),
      isNational,
      municipalities: isNational ? [] : [municipality],
      location: rand() < 0.5 ? `Wijk ${String.fromCharCode(65 + Math.floor(rand() * 8))}` : '',
      themes: [...new Set([template.theme, secondTheme])],
      community,
      stateActor: template.theme === 'statelijke-inmenging' || template.theme === 'buitenlandse-verkiezingen' ? actor : '',
      phase: pick(rand, SIGNAL_PHASES),
      urgency: weighted(rand, [['laag', 35], ['gemiddeld', 40], ['hoog', 20], ['acuut', 5]] as const),
      trend: pick(rand, TRENDS),
      sourceType: pick(rand, ['gemeente', 'politie', 'sleutelfiguur', 'professional', 'zelforganisatie', 'media', 'sociale-media'] as const),
      sourceReliability: pick(rand, SOURCE_RELIABILITIES.slice(0, 4)),
      infoCredibility: 1 + Math.floor(rand() * 4),
      status,
      caseId: null,
      ownerId: options.ownerIds.length > 0 ? pick(rand, options.ownerIds) : null,
      classification: rand() < 0.1 ? 'departementaal-vertrouwelijk' : 'ongerubriceerd',
      containsPersonalData: false,
      retainUntil: null,
    });
  }
  return signals;
}
