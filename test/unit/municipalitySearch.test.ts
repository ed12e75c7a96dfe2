import { describe, expect, it } from 'vitest';
import { MUNICIPALITIES_2026 } from '../../db/migrations/data/municipalities2026';
import { MERGED_MUNICIPALITIES, MUNICIPALITY_NICKNAMES } from '../../shared/domain/municipalityAliases';
import { findMunicipalities, foldName } from '../../shared/domain/municipalitySearch';

const register = MUNICIPALITIES_2026.map(([code, name]) => ({ code, name }));
const codes = new Set(register.map((m) => m.code));
const currentNames = new Set(register.map((m) => foldName(m.name)));

const names = (query: string, limit = 8) => findMunicipalities(register, query, limit).map((match) => match.municipality.name);

describe('municipality aliases (data)', () => {
  const aliases = [...MUNICIPALITY_NICKNAMES, ...MERGED_MUNICIPALITIES];

  it('point at municipalities that exist in the 2026 register', () => {
    expect(aliases.filter((alias) => !codes.has(alias.code))).toEqual([]);
  });

  it('never hide the name of a current municipality', () => {
    expect(aliases.filter((alias) => currentNames.has(foldName(alias.name)))).toEqual([]);
  });

  it('name each alias once', () => {
    const folded = aliases.map((alias) => foldName(alias.name));
    expect(new Set(folded).size).toBe(folded.length);
  });

  it('date every merger since 2019', () => {
    expect(MERGED_MUNICIPALITIES.every((merged) => merged.year >= 2019 && merged.year <= 2026)).toBe(true);
  });

  it('know the codes of the well-known cases', () => {
    const nickname = (name: string) => MUNICIPALITY_NICKNAMES.find((n) => n.name === name)?.code;
    expect(nickname('Den Haag')).toBe('GM0518');
    expect(nickname('Den Bosch')).toBe('GM0796');
    expect(MERGED_MUNICIPALITIES.find((m) => m.name === 'Weesp')).toEqual({ name: 'Weesp', code: 'GM0363', year: 2022 });
  });
});

describe('findMunicipalities', () => {
  it('folds case, diacritics, hyphens, apostrophes and spaces', () => {
    expect(names('Sudwest-Fryslan')).toEqual(['Súdwest-Fryslân']);
    expect(names('Noardeast Fryslan')).toEqual(['Noardeast-Fryslân']);
    expect(names('s-gravenhage')).toEqual(["'s-Gravenhage"]);
    expect(names('SHERTOGENBOSCH')).toEqual(["'s-Hertogenbosch"]);
    expect(names('nuenen gerwen')).toEqual(['Nuenen, Gerwen en Nederwetten']);
  });

  it('finds everyday names, with a note naming the official one', () => {
    expect(findMunicipalities(register, 'Den Haag', 8)).toEqual([
      { municipality: { code: 'GM0518', name: "'s-Gravenhage" }, note: { kind: 'nickname', alias: 'Den Haag' } },
    ]);
    expect(findMunicipalities(register, 'den bosch', 8)[0]).toEqual({
      municipality: { code: 'GM0796', name: "'s-Hertogenbosch" },
      note: { kind: 'nickname', alias: 'Den Bosch' },
    });
  });

  it('finds a merged municipality under the one it is part of now, with the year', () => {
    expect(findMunicipalities(register, 'Weesp', 8)).toEqual([
      { municipality: { code: 'GM0363', name: 'Amsterdam' }, note: { kind: 'merged', alias: 'Weesp', year: 2022 } },
    ]);
    expect(findMunicipalities(register, 'Haren', 8)[0]?.municipality.name).toBe('Groningen');
    expect(findMunicipalities(register, 'hellevoetsluis', 8)[0]?.municipality.name).toBe('Voorne aan Zee');
  });

  it('puts names that start with the text before names that contain it', () => {
    const found = names('den', 20);
    expect(new Set(found.slice(0, 3))).toEqual(new Set(['Den Helder', "'s-Gravenhage", "'s-Hertogenbosch"]));
    expect(found).toContain('Leiden');
  });

  it('lists each municipality once, without a note when its own name matches as well', () => {
    const found = findMunicipalities(register, 'Amsterdam', 8);
    expect(found).toEqual([{ municipality: { code: 'GM0363', name: 'Amsterdam' } }]);
    const groningen = findMunicipalities(register, 'gron', 8).filter((m) => m.municipality.code === 'GM0014');
    expect(groningen).toEqual([{ municipality: { code: 'GM0014', name: 'Groningen' } }]);
  });

  it('matches a CBS code, honours the limit and finds nothing for empty or unknown text', () => {
    expect(names('gm0363')).toEqual(['Amsterdam']);
    expect(findMunicipalities(register, 'e', 5)).toHaveLength(5);
    expect(findMunicipalities(register, '  ', 8)).toEqual([]);
    expect(findMunicipalities(register, 'Den Hag', 8)).toEqual([]);
  });
});
