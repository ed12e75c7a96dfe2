import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../../db/connection';
import { discardStaged, placeStaged, stageBeside } from '../../../db/atomicFile';
import {
  actionsOfContactMoments,
  contactMomentsOfPerson,
  type LinkedAction,
  type LinkedContactMoment,
} from '../../../db/repositories/contactPersonPrivacy';
import { findOrganisation } from '../../../db/repositories/organisations';
import type { ContactPerson } from '../../../shared/domain/contactPerson';
import type { HistoryEntry } from '../../../shared/domain/history';
import { AppError } from '../../../shared/errors';
import { translate } from '../../../shared/i18n';
import { recordChange } from '../audit';
import type { WriteContext } from '../context';
import { entityHistory } from '../history';
import { getContactPerson } from './reads';

/**
 * The answer to an AVG access request (art. 15) as a plain UTF-8 text file in
 * Dutch: everything the case file holds about one contact person, the contact
 * moments they took part in with the actions that followed, and the history
 * of their record. Plain text, because the adviser sends or prints it as is
 * and any machine can open it.
 */

const nl = (key: string, values: Record<string, string> = {}) =>
  Object.entries(values).reduce((text, [name, value]) => text.replace(`{{${name}}}`, value), translate('nl', key));
const label = (key: string) => nl(`privacy.file.${key}`);
const personLabel = (field: string) => nl(`contactPerson.${field}`);

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

function formatDate(iso: string | null): string {
  if (!iso) return label('none');
  const match = iso.match(DATE);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : iso;
}

function formatTimestamp(iso: string | null): string {
  if (!iso) return label('none');
  const parts = Object.fromEntries(TIMESTAMP.formatToParts(new Date(iso)).map((part) => [part.type, part.value]));
  return `${parts.day}-${parts.month}-${parts.year} ${parts.hour}:${parts.minute}`;
}

const orEmpty = (text: string) => (text.trim() === '' ? label('empty') : text);

/** Multi-line text indented under its label, so the reader sees where it ends. */
function block(text: string, indent: string): string[] {
  if (text.trim() === '') return [`${indent}${label('empty')}`];
  return text.split(/\r?\n/).map((line) => `${indent}${line}`);
}

function heading(text: string, underline: string): string[] {
  return [text, underline.repeat(text.length)];
}

function aligned(rows: [string, string][], indent = ''): string[] {
  const width = Math.max(...rows.map(([name]) => name.length)) + 1;
  return rows.flatMap(([name, value]) => {
    const [first = '', ...rest] = value.split(/\r?\n/);
    return [`${indent}${`${name}:`.padEnd(width)} ${first}`, ...rest.map((line) => `${indent}${' '.repeat(width + 1)}${line}`)];
  });
}

function personSection(db: Db, person: ContactPerson): string[] {
  const organisation = person.organisationId ? findOrganisation(db, person.organisationId) : undefined;
  const organisationText = organisation
    ? `${organisation.name} (${organisation.number})${organisation.deletedAt ? ` ${label('organisationDeleted')}` : ''}`
    : label('none');
  const rows: [string, string][] = [
    [personLabel('number'), person.number],
    [personLabel('name'), person.name],
    [personLabel('function'), orEmpty(person.function)],
    [personLabel('role'), nl(`enums.contactRole.${person.role}`)],
    [personLabel('organisationId'), organisationText],
    [personLabel('municipalities'), person.municipalityNames.join(', ') || label('none')],
    [personLabel('email'), orEmpty(person.email)],
    [personLabel('phone'), orEmpty(person.phone)],
    [personLabel('legalBasis'), nl(`enums.legalBasis.${person.legalBasis}`)],
    [personLabel('reviewOn'), formatDate(person.reviewOn)],
    [personLabel('notes'), orEmpty(person.notes)],
    [personLabel('lastContactOn'), formatDate(person.lastContactOn)],
    [personLabel('createdAt'), formatTimestamp(person.createdAt)],
    [personLabel('updatedAt'), [formatTimestamp(person.updatedAt), person.updatedBy].filter(Boolean).join(' · ')],
    [label('version'), String(person.version)],
  ];
  if (person.deletedAt) {
    rows.push([label('deletedOn'), formatTimestamp(person.deletedAt)], [label('deletedReason'), person.deletedReason ?? '']);
  }
  return [...heading(label('personHeading'), '-'), ...aligned(rows)];
}

function actionLines(action: LinkedAction): string[] {
  const facts = [
    `${label('actionKind')}: ${nl(`enums.actionKind.${action.kind}`)}`,
    `${label('actionStatus')}: ${nl(`enums.actionStatus.${action.status}`)}`,
    `${label('actionDue')}: ${formatDate(action.dueOn)}`,
    `${label('actionOwner')}: ${action.ownerName ?? label('none')}`,
  ].join('; ');
  return [
    `   - ${action.number}${action.deletedAt ? ` ${label('momentDeleted')}` : ''}: ${action.description}`,
    `     ${facts}`,
    `     ${label('actionResult')}:`,
    ...block(action.result, '       '),
  ];
}

function momentsSection(moments: LinkedContactMoment[], actions: LinkedAction[]): string[] {
  const lines = heading(`${label('momentsHeading')} (${moments.length})`, '-');
  if (moments.length === 0) return [...lines, label('noMoments')];
  moments.forEach((moment, index) => {
    const own = actions.filter((action) => action.contactMomentId === moment.id);
    lines.push(
      '',
      `${index + 1}. ${moment.number} — ${formatDate(moment.heldOn)} — ${nl(`enums.contactForm.${moment.form}`)}${
        moment.deletedAt ? ` ${label('momentDeleted')}` : ''
      }`,
      `   ${label('momentSubject')}: ${moment.subject}`,
      `   ${label('momentMinutes')}:`,
      ...block(moment.minutes, '     '),
    );
    if (own.length > 0) lines.push(`   ${label('actionsHeading')} (${own.length}):`, ...own.flatMap(actionLines));
  });
  return lines;
}

function historyValue(db: Db, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return label('empty');
  if (Array.isArray(value)) return value.length ? value.map((item) => historyValue(db, field, item)).join(', ') : label('empty');
  if (typeof value !== 'string') return JSON.stringify(value);
  if (field === 'role') return nl(`enums.contactRole.${value}`);
  if (field === 'legalBasis') return nl(`enums.legalBasis.${value}`);
  if (field === 'organisationId') return findOrganisation(db, value)?.name ?? value;
  if (DATE.test(value)) return formatDate(value);
  if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return formatTimestamp(value);
  return value;
}

function historySection(db: Db, history: HistoryEntry[]): string[] {
  const lines = heading(`${label('historyHeading')} (${history.length})`, '-');
  if (history.length === 0) return [...lines, label('noHistory')];
  // Oldest first: a history reads as a story.
  for (const entry of [...history].reverse()) {
    const action = nl(`history.action.${entry.action}`);
    lines.push('', `${formatTimestamp(entry.at)} — ${entry.by} — ${action}${entry.erased ? ` ${label('historyErased')}` : ''}`);
    const changes = entry.changes.map(({ field, before, after }): [string, string] => {
      const shown = historyValue(db, field, after);
      const text = entry.action === 'create' || before === null ? shown : `${historyValue(db, field, before)} → ${shown}`;
      return [personLabel(field), text];
    });
    if (changes.length > 0) lines.push(...aligned(changes, '   '));
  }
  return lines;
}

/** The whole export as text; throws NOT_FOUND for an unknown (or erased) person. */
export function contactPersonExportText(db: Db, id: string, now: Date): string {
  const person = getContactPerson(db, id);
  const moments = contactMomentsOfPerson(db, id);
  const actions = actionsOfContactMoments(
    db,
    moments.map((moment) => moment.id),
  );
  const title = label('title');
  const lines = [
    ...heading(title, '='),
    '',
    label('intro'),
    '',
    ...aligned([
      [label('exportedOn'), formatTimestamp(now.toISOString())],
      [label('reference'), person.number],
    ]),
    '',
    ...personSection(db, person),
    '',
    ...momentsSection(moments, actions),
    '',
    ...historySection(db, entityHistory(db, 'contactPerson', id)),
    '',
    label('footer'),
  ];
  return `${lines.join('\n')}\n`;
}

/** A file name for the export that names no one: the number and the date only. */
export function exportFileName(number: string, today: string): string {
  return `inzage-${number}-${today}.txt`;
}

/**
 * Writes the export to `outPath`, whole or not at all. By default an existing
 * file is never replaced (FILE_EXISTS); the app passes `overwrite` only after
 * the save dialog asked the adviser. Returns the absolute path written.
 *
 * The audit log records that the person's data left the case file (when and
 * by whom; the file name, never the content), as a privacy officer needs to
 * account for answered access requests. Personal data must never leave
 * unrecorded: the text is staged beside the target first, and one
 * transaction writes the audit entry and, as its last step, puts the file in
 * place. If the entry cannot be written or committed (a full disk), no file
 * remains; if placing fails, the entry rolls back. The staged copy is removed either way.
 */
export function exportContactPerson(
  ctx: WriteContext,
  id: string,
  outPath: string,
  options: { overwrite?: boolean } = {},
): string {
  const target = path.resolve(outPath);
  const overwrite = options.overwrite === true;
  const text = contactPersonExportText(ctx.db, id, ctx.now);
  if (!overwrite && fs.existsSync(target)) throw new AppError('FILE_EXISTS', `A file already exists at ${target}`);
  let staged: string | null = null;
  let placed = false;
  try {
    staged = stageBeside(target, text);
    const ready = staged;
    ctx.db.transaction(() => {
      recordChange(ctx.db, ctx.actor, { entity: 'contactPerson', entityId: id, action: 'export', after: { file: path.basename(target) } }, ctx.now);
      placeStaged(ready, target, overwrite);
      placed = true;
    })();
    staged = null;
  } catch (error) {
    // The commit itself can fail after the file was placed: then the file must go too.
    if (placed) fs.rmSync(target, { force: true });
    throw error;
  } finally {
    discardStaged(staged);
  }
  return target;
}
