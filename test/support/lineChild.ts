import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface ChildExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/**
 * A TypeScript script in its own Node process, started like the CLI (Node
 * with tsx's loader), so that SIGKILL hits a real process holding real file
 * locks. The scripts speak in lines on stdout ("READY", "ACK <id>",
 * "ERR <code> <message>", "DONE"); the parent reads them as they come.
 */
export class LineChild {
  readonly lines: string[] = [];
  readonly stderr: string[] = [];
  private readonly process: ChildProcess;
  private readonly waiters: { test: (line: string) => boolean; resolve: (line: string | null) => void }[] = [];
  private readonly exited: Promise<ChildExit>;
  private done = false;

  constructor(scriptPath: string, args: string[], env: Record<string, string>) {
    this.process = spawn(process.execPath, ['--import', 'tsx', scriptPath, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    readline.createInterface({ input: this.process.stdout! }).on('line', (line) => this.onLine(line));
    readline.createInterface({ input: this.process.stderr! }).on('line', (line) => this.stderr.push(line));
    this.exited = new Promise((resolve) => {
      this.process.on('close', (code, signal) => {
        this.done = true;
        for (const waiter of this.waiters.splice(0)) waiter.resolve(null);
        resolve({ code, signal });
      });
    });
  }

  private onLine(line: string): void {
    this.lines.push(line);
    for (const waiter of [...this.waiters]) {
      if (!waiter.test(line)) continue;
      this.waiters.splice(this.waiters.indexOf(waiter), 1);
      waiter.resolve(line);
    }
  }

  /** The first line (already read or still to come) that passes `test`; null if the child ends without one. */
  waitFor(test: (line: string) => boolean): Promise<string | null> {
    const seen = this.lines.find(test);
    if (seen !== undefined) return Promise.resolve(seen);
    if (this.done) return Promise.resolve(null);
    return new Promise((resolve) => this.waiters.push({ test, resolve }));
  }

  /** Ids the child acknowledged: it prints "ACK <id>" only after the commit returned. */
  acknowledged(): string[] {
    return this.lines.filter((line) => line.startsWith('ACK ')).map((line) => line.slice(4).trim());
  }

  errors(): string[] {
    return this.lines.filter((line) => line.startsWith('ERR '));
  }

  kill(): Promise<ChildExit> {
    if (!this.done) this.process.kill('SIGKILL');
    return this.exited;
  }

  /** Asks the child to finish its current write and end ("stop" on stdin). */
  stop(): Promise<ChildExit> {
    if (!this.done) this.process.stdin!.end('stop\n');
    return this.exited;
  }

  exit(): Promise<ChildExit> {
    return this.exited;
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
