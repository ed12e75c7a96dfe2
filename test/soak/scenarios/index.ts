import type { Scenario } from '../types';
import { killBackup, killRekey } from './killJobs';
import { ipcFuzz } from './ipcFuzz';
import { killSignalWrites } from './killSignalWrites';

/** Every scenario of the soak suite, in the order of the table. */
export const SCENARIOS: Scenario[] = [killSignalWrites, killBackup, killRekey, ipcFuzz];
