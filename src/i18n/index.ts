import { setMessageLocale } from '../segment';
import { defaultNS, en, languages, loadResources, type Language } from './resources';
import { createI18n, type I18n } from './runtime';

export { languageNames, languages, type Language } from './resources';

/** The language to start in: an explicit choice, else the browser's, else English. */
export function pickLanguage(requested?: string | null, browser: readonly string[] = []): Language {
  for (const candidate of [requested, ...browser]) {
    const base = candidate?.toLowerCase().split('-')[0];
    if (base && (languages as readonly string[]).includes(base)) return base as Language;
  }
  return 'en';
}

/** A supported language for any language code (`ru-RU` -> `ru`, unknown -> `en`). */
export const toLanguage = (lng: string | undefined): Language => pickLanguage(lng);

/*
 * Everything that follows the language besides the translated strings: the model's validation
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

// `{{count, num}}`: a number in the current language's digits (5,000 / 5 000); anything else (a
// half-typed limit) is shown as it is, where a plain number format would turn '' into 0.
// One formatter per language: making one costs far more than using it, and a group header uses it.
const numberFormats = new Map<string, Intl.NumberFormat>();
const num = (value: unknown, lng: string) => {
  if (typeof value === 'string') return value;
  if (typeof value !== 'number') return '';
  // Small counts read the same in every language the editor has (no grouping, Latin digits): no
  // need to start the number formatting machinery for the first screen's "Conditions: 7".
  if (Number.isInteger(value) && value >= 0 && value < 1000) return String(value);
  let format = numberFormats.get(lng);
  if (!format) numberFormats.set(lng, (format = new Intl.NumberFormat(lng)));
  return format.format(value);
};

/**
 * The editor's translations (src/i18n/runtime.ts: i18next's behaviour for this app, without
 * i18next): English from the start, the other languages added when first chosen.
 */
export const i18n: I18n = createI18n(languages, 'en', defaultNS);
i18n.addResources('en', en);
i18n.addFormat('num', num);
let started = false;

/** Adds `language`'s namespaces, loading its chunk the first time. */
async function ensureLoaded(language: Language): Promise<void> {
  if (i18n.hasResources(language)) return;
  i18n.addResources(language, await loadResources(language));
}

/**
 * Starts the translations once, in English (the only language in the initial bundle). Another
 * language is loaded and switched to when its chunk arrives: await {@link setLanguage} instead to
 * start in it.
 */
export function initI18n(language: Language = 'en'): I18n {
  if (!started) {
    started = true;
    i18n.on('languageChanged', applyLanguage);
    applyLanguage('en');
  }
  if (language !== i18n.resolvedLanguage) void setLanguage(language);
  return i18n;
}

/**
 * Switches the whole editor to `lang` (`en` | `ru`, or a browser code such as `ru-RU`): every
 * string, the validation messages, number formats and MUI's own texts. For the header's switch and
 * the host page's `init`. Loads the language first (i18n.changeLanguage would not); resolves to
 * the language the editor is in afterwards, and never rejects: a language whose texts cannot be
 * loaded leaves the editor as it was.
 */
export async function setLanguage(lang: string): Promise<Language> {
  const language = toLanguage(lang);
  wanted = language;
  if (!started) initI18n();
  try {
    await ensureLoaded(language);
  } catch {
    // Its chunk could not be loaded (a dropped connection): the editor stays in the language it
    // is in, and choosing this one again tries again.
    return toLanguage(i18n.resolvedLanguage);
  }
  // A later choice made while this language was loading wins.
  if (wanted !== language) return toLanguage(i18n.resolvedLanguage);
  if (i18n.resolvedLanguage !== language) await i18n.changeLanguage(language);
  applyLanguage(language);
  return language;
}
