import { stopQuietlyWhenOutputCloses } from './output';
import { runCli } from './run';

stopQuietlyWhenOutputCloses();
// exitCode rather than process.exit(): pending stdout writes still reach a pipe.
process.exitCode = await runCli(process.argv.slice(2));
