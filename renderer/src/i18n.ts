import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources, type Messages } from '../../shared/i18n';
import type { Language } from '../../shared/settings';
import { formatNumber } from './format';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}

void i18next.use(initReactI18next).init({
  resources: {
    nl: { translation: resources.nl },
    en: { translation: resources.en },
  },
  lng: 'nl',
  fallbackLng: 'nl',
  // React escapes every string it renders.
  interpolation: { escapeValue: false },
  returnNull: false,
});
// `{{count, number}}` in a message uses the app's one number formatter (78.160 / 78,160).
i18next.services.formatter?.add('number', (value: number, language: string | undefined) => formatNumber(value, language));

export function applyLanguage(language: Language): void {
  document.documentElement.lang = language;
  void i18next.changeLanguage(language);
}

export default i18next;
