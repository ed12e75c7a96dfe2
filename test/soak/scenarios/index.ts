import type { Scenario } from '../types';
import { diskFull } from './diskFull';
import { ipcFuzz } from './ipcFuzz';
import { killBackup } from './killBackup';
import { killSignalWrites } from './killSignalWrites';
import { killRekey, rekeyRace } from './rekey';
import { tamper } from './tamper';

/** Every scenario of the soak suite, in the order of the table. */
export const SCENARIOS: Scenario[] = [killSignalWrites, killBackup, killRekey, diskFull, ipcFuzz, tamper, rekeyRace];
