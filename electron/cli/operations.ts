import type { Command } from 'commander';

/**
 * What each command does, as the first words of an error the command did not
 * phrase itself ("Add signal: the disk is full"), so a script's log says which
 * step failed instead of "ess".
 */
const OPERATIONS: Readonly<Record<string, string>> = {
  init: 'Create case file',
  info: 'Read case file information',
  verify: 'Verify case file',
  backup: 'Back up case file',
  rekey: 'Change passphrase',
  demo: 'Create demo case file',
  'signal add': 'Add signal',
  'signal list': 'List signals',
  'case add': 'Add case',
  'case list': 'List cases',
  themes: 'List themes',
  'municipality list': 'List municipalities',
  network: 'Network overview',
  'org add': 'Add organisation',
  'org list': 'List organisations',
  'contact add': 'Add contact person',
  'contact list': 'List contact persons',
  'contact export': 'Export contact person',
  'contact erase': 'Erase contact person',
  'contact-moment add': 'Log contact moment',
  'contact-moment list': 'List contact moments',
  'action add': 'Add action',
  'action list': 'List actions',
  briefing: 'Write briefing note',
};

/** "signal add" for `ess signal add`: the command's names below the program. */
export function commandPath(command: Command): string {
  const names: string[] = [];
  for (let current: Command | null = command; current?.parent; current = current.parent) names.unshift(current.name());
  return names.join(' ');
}

export function operationOf(command: Command): string {
  const path = commandPath(command);
  return OPERATIONS[path] ?? `ess ${path}`;
}
