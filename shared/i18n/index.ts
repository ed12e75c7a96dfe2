import type { Language } from '../settings';
import { en } from './en';
import { nl } from './nl';
import type { Widen } from './widen';

/** The shape every language must fill; Dutch defines it. */
export type Messages = Widen<typeof nl>;

export const resources: Record<Language, Messages> = { nl, en };

/**
 * Looks up a dotted key outside React (CLI, IPC error summaries). Unknown keys
 * come back unchanged, so a plain sentence passes through as itself.
 */
export function translate(language: Language, key: string): string {
  let node: unknown = resources[language];
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) return key;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : key;
}
