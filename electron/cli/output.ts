import type { AppError } from '../../shared/errors';

/** Results go to stdout, so `ess info --json > info.json` captures only data. */
export function say(line = ''): void {
  process.stdout.write(`${line}\n`);
}

/** Aligned "label  value" lines for human-readable reports. */
export function sayTable(rows: readonly (readonly [label: string, value: string])[]): void {
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) say(`${label.padEnd(width)}  ${value}`);
}

/** The failure line scripts parse: always one line, whatever the message holds. */
export function errorLine(error: AppError): string {
  return `error ${error.code}: ${error.message.replace(/\s*[\r\n]+\s*/g, ' ')}`;
}

export function writeError(error: AppError): void {
  process.stderr.write(`${errorLine(error)}\n`);
}

const UNITS = ['bytes', 'KiB', 'MiB', 'GiB'] as const;

export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  if (unit === 0) return `${bytes} bytes`;
  return `${value.toFixed(1)} ${UNITS[unit]} (${bytes} bytes)`;
}
