import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setMessageLocale } from '../segment';
import { defaultNS, languages, resources, type Language } from './resources';

export { languages, type Language } from './resources';

/** The language to start in: an explicit choice, else the browser's, else English. */
export function pickLanguage(requested?: string | null, browser: readonly string[] = []): Language {
  for (const candidate of [requested, ...browser]) {
    const base = candidate?.toLowerCase().split('-')[0];
    if (base && (languages as readonly string[]).includes(base)) return base as Language;
  }
  return 'en';
}

/** Initialises i18next once; the model's validation messages follow the chosen language. */
export function initI18n(language: Language) {
  setMessageLocale(language);
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources,
      lng: language,
      fallbackLng: 'en',
      defaultNS,
      ns: Object.keys(resources.en),
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
    i18next.on('languageChanged', (lng) => setMessageLocale(pickLanguage(lng)));
  } else if (i18next.language !== language) {
    void i18next.changeLanguage(language);
  }
  document.documentElement.lang = language;
  return i18next;
}
