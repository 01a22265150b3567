import type { DefaultNamespace, FlatNamespace, Namespace, TFunction } from 'i18next';

/*
 * The editor's translation runtime: the part of i18next 26 this app uses, with i18next's results
 * (runtime.test.ts runs every key of every namespace through both), in about 1 KB instead of
 * i18next's ~14 KB gzip. Only i18next's types are used (typed keys, src/i18n/i18next.d.ts).
 * What it does, as i18next does it with this app's options (nsSeparator ':', keySeparator '.',
 * fallbackLng 'en', escapeValue false, skipOnVariables, returnNull false):
 * - `ns:key` or the `ns` option (a list is tried in order), nested keys, the key itself if missing;
 * - `count` (a number): `key_zero` for 0, then `key_<Intl.PluralRules category>`, then `key`;
 * - each namespace looked up in the language, then in English (a key by key fallback);
 * - `{{name}}` and `{{name, num}}`: a missing value leaves the placeholder, one passed as
 *   undefined gives ''; a value is never interpolated again.
 * Not supported, because no text or call uses them: context, defaultValue, returnObjects, `$t()`
 * nesting, `{{- raw}}`, other formats, postProcess.
 */

/** A language's texts: namespace -> nested keys -> string. */
export type Bundle = Readonly<Record<string, unknown>>;
type Options = Readonly<Record<string, unknown>>;
type Listener = (lng: string) => void;
type Format = (value: unknown, lng: string) => unknown;

/** Every namespace, the default first: the type of i18next's own `i18n.t`. */
type AllNamespaces = [DefaultNamespace, ...Exclude<FlatNamespace, DefaultNamespace>[]];

export interface I18n {
  /** The supported language asked for last (`ru` for `ru-RU`, the fallback for an unknown one). */
  readonly language: string;
  /** The same as `language` (i18next's name for the one the texts are in). */
  readonly resolvedLanguage: string;
  /** `t` of every namespace: `t('editor:group.title', { n: 1 })`, `common` without a prefix. */
  readonly t: TFunction<AllNamespaces>;
  /** `t` of one namespace, or of several tried in order (as i18next's `getFixedT(null, ns)`). */
  getFixedT<Ns extends Namespace>(ns?: Ns | null): TFunction<Ns>;
  /** Switches the language and tells the listeners; its texts must have been added. */
  changeLanguage(lng: string): Promise<void>;
  addResources(lng: string, bundle: Bundle): void;
  hasResources(lng: string): boolean;
  /** Adds a formatter for `{{value, name}}`, called with the value (never null) and the language. */
  addFormat(name: string, format: Format): void;
  on(event: 'languageChanged', listener: Listener): void;
  off(event: 'languageChanged', listener: Listener): void;
}

const hasOwn = (object: unknown, key: string): boolean =>
  typeof object === 'object' &&
  object !== null &&
  Object.prototype.hasOwnProperty.call(object, key);

/** The value at `a.b.c` of `tree`, own properties only. */
function lookup(tree: unknown, path: readonly string[]): unknown {
  let node = tree;
  for (const part of path) node = hasOwn(node, part) ? (node as Options)[part] : undefined;
  return node;
}

const pluralRules = new Map<string, Intl.PluralRules>();
function pluralCategory(lng: string, count: number): string {
  // English's rule, as Intl's: a page in English then never starts Intl's plural rules (~2 ms).
  if (lng === 'en') return Math.abs(count) === 1 ? 'one' : 'other';
  let rules = pluralRules.get(lng);
  if (!rules) pluralRules.set(lng, (rules = new Intl.PluralRules(lng.replace('_', '-'))));
  return rules.select(count);
}

/** A runtime with `fallback` as the fallback language, of the `supported` languages. */
export function createI18n(
  supported: readonly string[],
  fallback: string,
  defaultNS: string,
): I18n {
  const store = new Map<string, Bundle>();
  const formats = new Map<string, Format>();
  const listeners = new Set<Listener>();
  /** Texts found by translate (see there); forgotten when texts are added. */
  const foundTexts = new Map<string, unknown>();
  let language = fallback;

  /** `ru-RU` -> `ru`, unknown -> the fallback. */
  const resolve = (lng: string) => {
    const base = lng.toLowerCase().split(/[-_]/)[0] ?? '';
    return supported.includes(lng) ? lng : supported.includes(base) ? base : fallback;
  };

  function interpolate(text: string, data: Options): string {
    if (!text.includes('{{')) return text;
    return text.replace(/\{\{(.+?)\}\}/g, (placeholder, inner: string) => {
      const variable = inner.trim();
      const [name = '', ...rest] = variable.split(',');
      const key = name.trim();
      let value = hasOwn(data, key) ? data[key] : undefined;
      const format = formats.get(rest.join(',').trim().toLowerCase());
      if (rest.length > 0 && value != null && format) value = format(value, language);
      // i18next: a value passed as undefined is '', one not passed at all keeps the placeholder.
      if (value === undefined) return hasOwn(data, variable) ? '' : placeholder;
      // As i18next's makeString: an object shows as '[object Object]', as it would there.
      // eslint-disable-next-line @typescript-eslint/no-base-to-string
      return value === null ? '' : String(value);
    });
  }

  function translate(fullKey: unknown, options: Options = {}, fixedNs?: Namespace | null): string {
    let key = String(fullKey);
    const nsOption = (options.ns ?? fixedNs ?? defaultNS) as Namespace;
    let namespaces: readonly string[] = typeof nsOption === 'string' ? [nsOption] : nsOption;
    if (key.includes(':')) {
      const [ns = '', ...rest] = key.split(':');
      namespaces = [ns];
      key = rest.join('.');
    }
    const { count } = options;
    const plural = count !== undefined && typeof count !== 'string';
    const find = () => {
      const codes = language === fallback ? [fallback] : [language, fallback];
      for (const ns of namespaces) {
        for (const code of codes) {
          const candidates = plural
            ? [`${key}_${pluralCategory(code, count as number)}`, key]
            : [key];
          if (count === 0) candidates.unshift(`${key}_zero`);
          for (const candidate of candidates) {
            const text = lookup(store.get(code), [ns, ...candidate.split('.')]);
            if (text !== undefined && text !== null) return text;
          }
        }
      }
      return key;
    };
    // A screen asks for the same few texts hundreds of times (each condition's labels): the
    // lookup of a text without a count is kept per language, namespaces and key.
    const memoKey = plural ? undefined : `${language}\0${namespaces.join()}\0${key}`;
    let found = memoKey === undefined ? undefined : foundTexts.get(memoKey);
    if (found === undefined) {
      found = find();
      if (memoKey !== undefined) foundTexts.set(memoKey, found);
    }
    // Texts are strings (src/i18n/types.ts); a key naming a group of texts gets i18next's sentence.
    return typeof found === 'string'
      ? interpolate(found, options)
      : `key '${key} (${language})' returned an object instead of string.`;
  }

  const fixed = <Ns extends Namespace>(ns?: Ns | null) =>
    ((key: unknown, options?: Options) => translate(key, options, ns)) as unknown as TFunction<Ns>;

  return {
    get language() {
      return language;
    },
    get resolvedLanguage() {
      return language;
    },
    t: fixed<AllNamespaces>(null),
    getFixedT: fixed,
    changeLanguage(lng) {
      language = resolve(lng);
      for (const listener of [...listeners]) listener(language);
      return Promise.resolve();
    },
    addResources(lng, bundle) {
      store.set(lng, { ...store.get(lng), ...bundle });
      foundTexts.clear();
    },
    hasResources: (lng) => store.has(lng),
    addFormat: (name, format) => formats.set(name.toLowerCase(), format),
    on: (_event, listener) => listeners.add(listener),
    off: (_event, listener) => listeners.delete(listener),
  };
}
