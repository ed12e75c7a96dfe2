import { CommanderError } from 'commander';
import { toAppError } from '../../db/sqliteErrors';
import { operationOf } from './operations';
import { writeError } from './output';
import { createProgram } from './program';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/**
 * Runs one `ess` invocation and returns its exit code. Commands report failure
 * by throwing; every error ends here, so a script can rely on the contract
 * "exit 1 means exactly one `error CODE: ...` line on stderr".
 */
export async function runCli(args: string[]): Promise<number> {
  const program = createProgram();
  // Until a command runs, a failure can only be the program's own.
  let operation = 'ess';
  program.hook('preAction', (_program, command) => {
    operation = operationOf(command);
  });
  try {
    await program.parseAsync(args, { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    // Commander has already written its message (help, version or usage error).
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    writeError(toAppError(error, operation));
    return EXIT_FAILURE;
  }
}
