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
