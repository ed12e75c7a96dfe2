import { useTranslation } from 'react-i18next';
import { useNavigation, type Route } from '../shell/navigation';

const TABS = ['network', 'municipalities', 'organisations', 'contactPersons'] as const;
type Tab = (typeof TABS)[number];

/** The pages of the network area, one level below the main menu. */
export function NetworkTabs({ current }: { current: Tab }) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  return (
    <nav className="subnav" aria-label={t('network.tabs')}>
      <ul>
        {TABS.map((name) => (
          <li key={name}>
            <button
              type="button"
              className="subnav__item"
              aria-current={current === name ? 'page' : undefined}
              onClick={() => navigate({ name } as Route)}
            >
              {t(`network.tab.${name}`)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
