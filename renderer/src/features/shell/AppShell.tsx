import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionStatus } from '../../../../shared/contract/schemas';
import { call } from '../../api/client';
import { useSessionMutation } from '../../api/queries';
import { useIdleLock } from '../../hooks/useIdleLock';
import { useShortcut } from '../../hooks/useShortcut';
import { HomePage } from '../home/HomePage';
import { SettingsPage } from '../settings/SettingsPage';

type Unlocked = Extract<SessionStatus, { state: 'unlocked' }>;

/** Areas that exist today; later capabilities (signals, cases, network, actions, briefings) add theirs here. */
const AREAS = ['home', 'settings'] as const;
type Area = (typeof AREAS)[number];

export function AppShell({ status }: { status: Unlocked }) {
  const { t } = useTranslation();
  const [area, setArea] = useState<Area>(status.adviser ? 'home' : 'settings');
  const lockMutation = useSessionMutation(() => call('caseFile.lock', {}));
  const closeMutation = useSessionMutation(() => call('caseFile.close', {}));
  const { mutate: lockNow } = lockMutation;
  const lock = useCallback(() => lockNow(undefined), [lockNow]);

  useShortcut('l', lock);
  useIdleLock(status.autoLockMinutes, lock);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      {status.isDemo && (
        <p className="demo-banner" role="note">
          {t('app.demoBanner')}
        </p>
      )}
      <header className="shell__header">
        <div className="shell__brand">
          <span className="shell__title">{t('app.title')}</span>
          <span className="shell__file" title={status.file.path}>
            {status.file.name}
          </span>
        </div>
        <div className="shell__tools">
          <span className="shell__adviser">
            {status.adviser ? t('shell.workingAs', { name: status.adviser.name }) : t('shell.noAdviser')}
          </span>
          <button type="button" className="button button--on-dark" onClick={lock} aria-keyshortcuts="Control+L">
            {t('shell.lock')} <kbd>{t('shell.lockShortcut')}</kbd>
          </button>
          <button type="button" className="button button--on-dark button--quiet" onClick={() => closeMutation.mutate(undefined)}>
            {t('shell.close')}
          </button>
        </div>
      </header>
      <div className="shell__body">
        <nav className="shell__nav" aria-label={t('shell.nav')}>
          <ul>
            {AREAS.map((name) => (
              <li key={name}>
                <button
                  type="button"
                  className="nav-item"
                  aria-current={area === name ? 'page' : undefined}
                  onClick={() => setArea(name)}
                >
                  {t(`shell.${name}`)}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <main className="shell__main" id="main" tabIndex={-1}>
          {area === 'home' && <HomePage status={status} onChooseAdviser={() => setArea('settings')} />}
          {area === 'settings' && <SettingsPage status={status} />}
        </main>
      </div>
    </div>
  );
}
