import type { Db } from '../../../db/connection';
import { findElection, findElectionIdByNumber, listElectionRecords, upcomingElectionRecords } from '../../../db/repositories/elections';
import { COUNTRIES } from '../../../shared/domain/countries';
import type { Election } from '../../../shared/domain/election';
import { AppError } from '../../../shared/errors';
import { presentElection } from './present';

export function getElection(db: Db, id: string, today: string): Election {
  const found = findElection(db, id);
  if (!found) throw new AppError('NOT_FOUND', `No election with id ${id}`);
  return presentElection(found, today);
}

/** The codes of countries whose Dutch or English name holds the text, so "turk" finds TR. */
function countriesNamed(text: string): string[] {
  const needle = text.toLocaleLowerCase('nl');
  return COUNTRIES.filter(
    (country) =>
      country.code.toLowerCase() === needle ||
      country.nl.toLocaleLowerCase('nl').includes(needle) ||
      country.en.toLowerCase().includes(needle),
  ).map((country) => country.code);
}

/** Upcoming first (soonest first); past ones after, most recent first, when asked for. */
export function listElections(db: Db, query: { includePast: boolean; text?: string }, today: string): Election[] {
  const text = query.text?.trim() || undefined;
  return listElectionRecords(db, {
    today,
    includePast: query.includePast,
    text,
    countryCodes: text ? countriesNamed(text) : [],
  }).map((record) => presentElection(record, today));
}

/** Not held and not past, soonest first: the overview tile. */
export function upcomingElections(db: Db, limit: number, today: string): Election[] {
  return upcomingElectionRecords(db, today, limit).map((record) => presentElection(record, today));
}

/** A UUID or a number such as VK-2026-0001 (the CLI takes either). */
export function resolveElectionId(db: Db, idOrNumber: string): string {
  const byNumber = findElectionIdByNumber(db, idOrNumber);
  if (byNumber) return byNumber;
  const found = findElection(db, idOrNumber);
  if (!found) throw new AppError('NOT_FOUND', `No election ${idOrNumber}`);
  return found.id;
}
