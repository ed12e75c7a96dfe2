import path from 'node:path';
import { LineChild, ROOT } from '../support/lineChild';

export { ROOT, sleep } from '../support/lineChild';

const WORKERS = path.join(ROOT, 'test', 'soak', 'workers');

/** A soak worker script (test/soak/workers/*.ts) in its own process; see LineChild for how it speaks. */
export class Worker extends LineChild {
  constructor(script: string, args: string[], env: Record<string, string>) {
    super(path.join(WORKERS, script), args, env);
  }
}
