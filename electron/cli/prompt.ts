import { AppError } from '../../shared/errors';

const ENTER = new Set(['\r', '\n']);
const BACKSPACE = new Set(['\u007f', '\b']);
const CTRL_C = '\u0003';
const CTRL_D = '\u0004';
const ESCAPE = '\u001b';

export function stdinIsTerminal(): boolean {
  return process.stdin.isTTY === true;
}

/**
 * Asks for a secret on the terminal without echoing it. Raw mode is used
 * because readline always echoes; the prompt goes to stderr so that stdout
 * stays clean for results. Only call when stdin is a terminal.
 */
export function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(question);
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  stdin.resume();
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = (cancelled: boolean): void => {
      stdin.removeListener('data', onData);
      stdin.setRawMode(false);
      // Paused, stdin no longer keeps the process alive once the command is done.
      stdin.pause();
      process.stderr.write('\n');
      if (cancelled) reject(new AppError('INVALID_INPUT', 'Passphrase prompt cancelled'));
      else resolve(value);
    };
    const onData = (chunk: string): void => {
      for (const char of chunk) {
        if (ENTER.has(char)) return finish(false);
        // Raw mode turns Ctrl-C into a character, so it must be handled here.
        if (char === CTRL_C || (char === CTRL_D && value === '')) return finish(true);
        if (char === CTRL_D) return finish(false);
        // Arrow and function keys arrive as one escape sequence per chunk; none is part of a passphrase.
        if (char === ESCAPE) return;
        if (BACKSPACE.has(char)) value = [...value].slice(0, -1).join('');
        else if (char >= ' ') value += char;
      }
    };
    stdin.on('data', onData);
  });
}
