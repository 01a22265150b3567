import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setMessageLocale } from '../segment';
import { defaultNS, en, languages, loadResources, type Language } from './resources';

export { languageNames, languages, type Language } from './resources';

/** The language to start in: an explicit choice, else the browser's, else English. */
export function pickLanguage(requested?: string | null, browser: readonly string[] = []): Language {
  for (const candidate of [requested, ...browser]) {
    const base = candidate?.toLowerCase().split('-')[0];
    if (base && (languages as readonly string[]).includes(base)) return base as Language;
  }
  return 'en';
}

/** A supported language for any i18next language code (`ru-RU` -> `ru`, unknown -> `en`). */
export const toLanguage = (lng: string | undefined): Language => pickLanguage(lng);

/*
 * Everything that follows the language besides i18next's own strings: the model's validation
 * messages and the page's `lang` (screen readers, hyphenation). Run on every change, whoever asked
 * for it (the header's switch, the host page's `init`, a test), so nothing can fall out of step.
 */
function applyLanguage(lng: string): void {
  const language = toLanguage(lng);
  setMessageLocale(language);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

/** The language asked for last (a chunk may still be loading). */
let wanted: Language = 'en';

/** Adds `language`'s namespaces to i18next, loading its chunk the first time. */
async function ensureLoaded(language: Language): Promise<void> {
  if (i18next.hasResourceBundle(language, defaultNS)) return;
  const bundle = await loadResources(language);
  for (const [ns, texts] of Object.entries(bundle))
    i18next.addResourceBundle(language, ns, texts, true, true);
}

/**
 * Initialises i18next once, in English (the only language in the initial bundle). Another language
 * is loaded and switched to when its chunk arrives: await {@link setLanguage} instead to start in it.
 */
export function initI18n(language: Language = 'en') {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources: { en },
      lng: 'en',
      fallbackLng: 'en',
      supportedLngs: [...languages],
      defaultNS,
      ns: Object.keys(en),
      partialBundledLanguages: true,
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
    // `{{count, num}}`: a number in the current language's digits (5,000 / 5 000); anything else (a
    // half-typed limit) is shown as it is, where the built-in `number` would turn '' into 0.
    i18next.services.formatter?.add('num', (value: unknown, lng: string | undefined) =>
      typeof value === 'number'
        ? new Intl.NumberFormat(lng).format(value)
        : typeof value === 'string'
          ? value
          : '',
    );
    i18next.on('languageChanged', applyLanguage);
    applyLanguage('en');
  }
  if (language !== i18next.resolvedLanguage) void setLanguage(language);
  return i18next;
}

/**
 * Switches the whole editor to `lang` (`en` | `ru`, or a browser code such as `ru-RU`): every
 * string, the validation messages, number formats and MUI's own texts. For the header's switch and
 * the host page's `init`. Loads the language first (i18next.changeLanguage would not); resolves to
 * the language the editor is in afterwards, and never rejects: a language whose texts cannot be
 * loaded leaves the editor as it was.
 */
export async function setLanguage(lang: string): Promise<Language> {
  const language = toLanguage(lang);
  wanted = language;
  if (!i18next.isInitialized) initI18n();
  try {
    await ensureLoaded(language);
  } catch {
    // Its chunk could not be loaded (a dropped connection): the editor stays in the language it
    // is in, and choosing this one again tries again.
    return toLanguage(i18next.resolvedLanguage);
  }
  // A later choice made while this language was loading wins.
  if (wanted !== language) return toLanguage(i18next.resolvedLanguage);
  if (i18next.resolvedLanguage !== language) await i18next.changeLanguage(language);
  applyLanguage(language);
  return language;
}
