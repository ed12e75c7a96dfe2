import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionStatus } from '../../../../shared/contract/schemas';
import { call } from '../../api/client';
import { useSessionMutation } from '../../api/queries';
import { DraftOffer } from '../../components/form/DraftOffer';
import { useIdleLock } from '../../hooks/useIdleLock';
import { useShortcut } from '../../hooks/useShortcut';
import { SearchDialog } from '../search/SearchDialog';
import { AREAS, areaOf, NavigationContext, type Navigation, type Route } from './navigation';
import { PersistentStateContext } from './persistentState';
import { RouteView } from './RouteView';
import { UnsavedChangesContext, useUnsavedChangesRegistry } from './unsavedChanges';
import { UnsavedChangesDialog } from './unsavedChangesDialog';

type Unlocked = Extract<SessionStatus, { state: 'unlocked' }>;

export function AppShell({ status }: { status: Unlocked }) {
  const { t } = useTranslation();
  const [stack, setStack] = useState<Route[]>(() => [{ name: status.adviser ? 'home' : 'settings' }]);
  const [searching, setSearching] = useState(false);
  const [store] = useState(() => new Map<string, unknown>());
  // Shown once after unlocking: the copies an interrupted backup or passphrase change left and the open removed.
  const [leftoversSeen, setLeftoversSeen] = useState(false);
  const lockMutation = useSessionMutation(() => call('caseFile.lock', {}));
  const closeMutation = useSessionMutation(() => call('caseFile.close', {}));
  const { mutate: lockNow } = lockMutation;
  const unsaved = useUnsavedChangesRegistry();
  // A form's unsaved input goes into the case file as a draft first; then the lock (which forgets the screen).
  const lock = useCallback(() => {
    void unsaved.keepAll().then(() => lockNow(undefined));
  }, [unsaved, lockNow]);
  // Where the adviser wanted to go when a form with unsaved input asked first.
  const [leaving, setLeaving] = useState<(() => void) | null>(null);
  const guarded = useCallback(
    (go: () => void) => {
      if (unsaved.hasDirty()) setLeaving(() => go);
      else go();
    },
    [unsaved],
  );
  const route = stack[stack.length - 1]!;

  const navigate = useCallback(
    (next: Route) => {
      setSearching(false);
      // A menu area starts a fresh trail; a record opened from somewhere can go back there.
      guarded(() => setStack((current) => (next.name === areaOf(next) ? [next] : [...current, next].slice(-20))));
    },
    [guarded],
  );
  const back = useCallback(() => {
    guarded(() => setStack((current) => (current.length > 1 ? current.slice(0, -1) : [{ name: areaOf(current[0]!) }])));
  }, [guarded]);
  const openSearch = useCallback(() => setSearching(true), []);
  const newSignal = useCallback(() => navigate({ name: 'signalForm' }), [navigate]);
  const navigation = useMemo<Navigation>(
    () => ({ route, navigate, back, canGoBack: stack.length > 1, openSearch }),
    [route, navigate, back, stack.length, openSearch],
  );

  useShortcut('l', lock);
  useShortcut('n', newSignal);
  useShortcut('k', openSearch);
  useIdleLock(status.autoLockMinutes, lock);

  // On a new page, move the focus to it (screen readers announce it) unless
  // the page already put it somewhere itself, such as a form's first field.
  const main = useRef<HTMLElement>(null);
  // A new page starts at its top, like a new document would.
  useEffect(() => {
    window.scrollTo(0, 0);
    const element = main.current;
    if (element && !element.contains(document.activeElement)) element.focus({ preventScroll: true });
  }, [route]);

  const current = areaOf(route);
  return (
    <NavigationContext value={navigation}>
      <UnsavedChangesContext value={unsaved.registry}>
        <PersistentStateContext value={store}>
          <div className="shell">
            <a className="skip-link" href="#main">
              {t('app.skipToContent')}
            </a>
            {status.isDemo && (
              <p className="demo-banner" role="note">
                {t('app.demoBanner')}
              </p>
            )}
            {status.readOnly && (
              <p className="demo-banner" role="note">
                {t('app.readOnly')}
              </p>
            )}
            {status.removedLeftovers && !leftoversSeen && (
              <p className="demo-banner" role="status">
                {t('settings.removedLeftovers', { names: status.removedLeftovers.join(', ') })}{' '}
                <button type="button" className="button" onClick={() => setLeftoversSeen(true)}>
                  {t('common.close')}
                </button>
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
                <button
                  type="button"
                  className="button button--on-dark"
                  onClick={openSearch}
                  aria-keyshortcuts="Control+K"
                  title={t('shell.searchTitle')}
                >
                  {t('shell.search')} <kbd>{t('shell.searchShortcut')}</kbd>
                </button>
                <span className="shell__adviser">
                  {status.adviser ? t('shell.workingAs', { name: status.adviser.name }) : t('shell.noAdviser')}
                </span>
                <button type="button" className="button button--on-dark" onClick={lock} aria-keyshortcuts="Control+L">
                  {t('shell.lock')} <kbd>{t('shell.lockShortcut')}</kbd>
                </button>
                <button
                  type="button"
                  className="button button--on-dark button--quiet"
                  onClick={() => closeMutation.mutate(undefined)}
                >
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
                        aria-current={current === name ? 'page' : undefined}
                        onClick={() => navigate({ name })}
                      >
                        {t(`shell.${name}`)}
                      </button>
                    </li>
                  ))}
                </ul>
                <dl className="shortcuts" aria-label={t('shell.shortcuts')}>
                  <div>
                    <dt>
                      <kbd>Ctrl+N</kbd>
                    </dt>
                    <dd>{t('signals.new')}</dd>
                  </div>
                  <div>
                    <dt>
                      <kbd>Ctrl+K</kbd>
                    </dt>
                    <dd>{t('shell.search')}</dd>
                  </div>
                  <div>
                    <dt>
                      <kbd>Ctrl+Enter</kbd>
                    </dt>
                    <dd>{t('shell.saveForm')}</dd>
                  </div>
                  <div>
                    <dt>
                      <kbd>Ctrl+L</kbd>
                    </dt>
                    <dd>{t('shell.lock')}</dd>
                  </div>
                </dl>
              </nav>
              <main className="shell__main" id="main" tabIndex={-1} ref={main}>
                {status.adviser && <DraftOffer onContinue={navigate} />}
                <RouteView status={status} />
              </main>
            </div>
            {searching && <SearchDialog onOpen={navigate} onClose={() => setSearching(false)} />}
            {leaving && (
              <UnsavedChangesDialog
                onStay={() => setLeaving(null)}
                onKeep={async () => {
                  await unsaved.keepAll();
                  setLeaving(null);
                  leaving();
                }}
                onDiscard={async () => {
                  await unsaved.discardAll();
                  setLeaving(null);
                  leaving();
                }}
              />
            )}
          </div>
        </PersistentStateContext>
      </UnsavedChangesContext>
    </NavigationContext>
  );
}
