import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { LATEST_SCHEMA_VERSION } from '../../../db/migrate';
import { APP_VERSION } from '../../services/appVersion';
import { withCaseFileExtension } from '../../services/caseFile';
import { DEMO_PASSPHRASE, ensureDemoCaseFile } from '../../services/demo';
import type { CaseFileChannel, HandlerDeps, HandlersFor } from './types';
import { PathGrants } from '../pathGrants';


function backupName(casePath: string, now: Date): string {
  const stamp = now.toISOString().slice(0, 16).replace(/[:T]/g, '-');
  return `${path.basename(casePath, path.extname(casePath))} backup ${stamp}.ess`;
}

/** The case file itself: create, open, lock, back up, settings, advisers; app preferences and dialogs. */
export function caseFileHandlers(deps: HandlerDeps): HandlersFor<CaseFileChannel> {
  const { session, appState, dialogs } = deps;
  const now = deps.now ?? (() => new Date());
  const grants = new PathGrants();

  const requireGranted = (filePath: string): string => {
    if (!grants.has(filePath) && !appState.isRecent(filePath)) {
      throw new AppError('FORBIDDEN', 'That file was not chosen in a file dialog');
    }
    return path.resolve(filePath);
  };
  const remember = (filePath: string): void => appState.rememberFile(filePath, now());
  const granted = (chosen: string | null): { path: string | null } => ({ path: chosen && grants.grant(chosen) });

  return {
    'app.about': () => ({ version: APP_VERSION, schemaVersion: LATEST_SCHEMA_VERSION, demoPassphrase: DEMO_PASSPHRASE }),
    'preferences.get': () => appState.preferences(),
    'preferences.update': (patch) => appState.updatePreferences(patch),
    'recentFiles.list': () => appState.recentFiles(),
    'recentFiles.forget': ({ path: filePath }) => appState.forgetFile(filePath),

    'dialog.chooseNewCaseFile': async ({ suggestedName }) =>
      granted(await dialogs.chooseNewCaseFile(suggestedName ?? 'Casusbestand.ess')),
    'dialog.chooseCaseFile': async () => granted(await dialogs.chooseCaseFile()),
    'dialog.chooseBackupDestination': async ({ suggestedName }) => {
      const casePath = session.current().path;
      return granted(await dialogs.chooseBackupDestination(suggestedName ?? backupName(casePath, now())));
    },

    'session.status': () => session.status(),
    'caseFile.create': (request) => {
      const filePath = withCaseFileExtension(requireGranted(request.path));
      const status = session.create({ path: filePath, passphrase: request.passphrase, adviser: request.adviser });
      remember(filePath);
      return status;
    },
    'caseFile.unlock': ({ path: filePath, passphrase }) => {
      const status = session.unlock(requireGranted(filePath), passphrase);
      remember(path.resolve(filePath));
      return status;
    },
    'caseFile.openDemo': () => {
      const demoPath = grants.grant(ensureDemoCaseFile(deps.dataDir));
      return session.unlock(demoPath, DEMO_PASSPHRASE);
    },
    'caseFile.lock': () => session.lock(),
    'caseFile.close': () => session.close(),
    'caseFile.info': () => session.info(),
    'caseFile.changePassphrase': async ({ currentPassphrase, newPassphrase }) => {
      await session.changePassphrase(currentPassphrase, newPassphrase);
      return { ok: true as const };
    },
    'caseFile.backup': ({ destination, passphrase }) => session.backup(requireGranted(destination), passphrase),

    'settings.get': () => ({ autoLockMinutes: session.settings().autoLockMinutes }),
    'settings.update': (patch) => ({ autoLockMinutes: session.updateSettings(patch).autoLockMinutes }),
    'advisers.list': () => session.adviserList(),
    'advisers.setCurrent': (input) => session.setAdviser(input),
  };
}
