import { InvalidArgumentError } from 'commander';

// Parsers for option values. Commander reports their errors as usage errors
// (exit 2), naming the option, before anything is opened or written.

export function positiveInteger(flag: string, max: number): (value: string) => number {
  return (value) => {
    const parsed = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(parsed) || parsed < 1 || parsed > max) {
      throw new InvalidArgumentError(`${flag} takes a whole number from 1 to ${max}`);
    }
    return parsed;
  };
}

/** Collects a repeatable option (--theme a --theme b) into an array. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/**
 * Collects a repeatable option whose values come from a list, refusing any
 * other value as a usage error. (Commander's own choices() check is replaced
 * by a custom parser, so it cannot be combined with collect.)
 */
export function collectChoice(choices: readonly string[]): (value: string, previous?: string[]) => string[] {
  return (value, previous = []) => {
    if (!choices.includes(value)) throw new InvalidArgumentError(`Allowed choices are ${choices.join(', ')}.`);
    return [...previous, value];
  };
}
