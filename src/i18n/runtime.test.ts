import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { ru } from './ru';
import { createI18n } from './runtime';

/*
 * The editor's runtime gives i18next's results: every key of every namespace, in every language,
 * with the options the app passes (counts, strings, numbers, missing and empty values), through
 * i18next 26 set up as the editor had it (a devDependency, for this test only) and through ours.
 */

const namespaces = Object.keys(en) as (keyof typeof en)[];
const num = (value: unknown, lng: string | undefined) =>
  typeof value === 'number'
    ? new Intl.NumberFormat(lng).format(value)
    : typeof value === 'string'
      ? value
      : '';

const reference = i18next.createInstance();
void reference.init({
  resources: { en, ru },
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: ['en', 'ru'],
  defaultNS: 'common',
  ns: namespaces,
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});
reference.services.formatter?.add('num', num);

const ours = createI18n(['en', 'ru'], 'en', 'common');
ours.addResources('en', en);
ours.addResources('ru', ru);
ours.addFormat('num', num);

/** Every leaf key of a namespace, plus each plural's base key (`audience` of `audience_one`). */
function keysOf(tree: unknown, prefix = ''): string[] {
  if (typeof tree === 'string') return [prefix, prefix.replace(/_(zero|one|few|many|other)$/, '')];
  return Object.entries(tree as object).flatMap(([key, child]) =>
    keysOf(child, prefix ? `${prefix}.${key}` : key),
  );
}

/** The placeholder names of every text of a namespace, in both languages. */
function placeholdersOf(...trees: unknown[]): string[] {
  const names = new Set<string>();
  for (const text of trees.flatMap((tree) => JSON.stringify(tree).match(/\{\{[^}]*\}\}/g) ?? []))
    names.add((text.slice(2, -2).split(',')[0] ?? '').trim());
  return [...names];
}

/** Options with every placeholder set to `value`, and the count `count` when given. */
function optionsSets(names: readonly string[]): Record<string, unknown>[] {
  const all = (value: unknown) => Object.fromEntries(names.map((name) => [name, value]));
  const counts = [0, 1, 2, 5, 21, 1000, 1.5, 12000];
  return [
    {},
    ...counts.map((count) => ({ ...all('X'), count })),
    ...counts.map((count) => ({ count })),
    all('a “text”, 5'),
    all(12000),
    all(''),
    all(undefined),
    all(null),
    all('{{id}} $t(common:cancel) $&'),
    { ...all('Y'), count: '5' },
    { ...all(true), count: -1 },
  ];
}

const languages = ['en', 'ru', 'ru-RU', 'fr'];

describe.each(languages)('the runtime in %s', (lng) => {
  it('resolves the language as i18next does', async () => {
    await reference.changeLanguage(lng);
    await ours.changeLanguage(lng);
    expect(ours.language).toBe(reference.language);
    expect(ours.resolvedLanguage).toBe(reference.resolvedLanguage);
  });

  it.each(namespaces)('gives i18next’s text for every key of %s', async (ns) => {
    await reference.changeLanguage(lng);
    await ours.changeLanguage(lng);
    const sets = optionsSets(placeholdersOf(en[ns], ru[ns]));
    const keys = [...new Set(keysOf(en[ns])), 'missing', 'missing.deeper'];
    const refFixed = reference.getFixedT(null, ns);
    const ourFixed = ours.getFixedT(ns);
    let compared = 0;
    for (const key of keys) {
      for (const options of sets) {
        const where = `${lng} ${ns}:${key} ${JSON.stringify(options)}`;
        const expected = refFixed(key as never, options);
        expect(ourFixed(key as never, options), where).toBe(expected);
        expect(ours.t(`${ns}:${key}` as never, options), where).toBe(
          reference.t(`${ns}:${key}` as never, options),
        );
        compared += 2;
      }
    }
    expect(compared).toBeGreaterThan(keys.length * 20);
  });

  it('tries a list of namespaces in order, and the default one without a prefix', async () => {
    await reference.changeLanguage(lng);
    await ours.changeLanguage(lng);
    const list = ['app', 'editor'] as const;
    const refFixed = reference.getFixedT(null, [...list]);
    const ourFixed = ours.getFixedT(list);
    for (const key of [...keysOf(en.app), ...keysOf(en.editor), 'common:cancel', 'settings'])
      expect(ourFixed(key as never, { id: 7, count: 2 }), key).toBe(
        refFixed(key as never, { id: 7, count: 2 }),
      );
    for (const key of [...keysOf(en.common), 'editor:settings', 'nowhere:key', 'a:b:c'])
      expect(ours.t(key as never), key).toBe(reference.t(key as never));
  });
});

describe('the runtime’s events', () => {
  it('tells every listener the language asked for, until it stops listening', async () => {
    const seen: string[] = [];
    const listener = (lng: string) => seen.push(lng);
    ours.on('languageChanged', listener);
    await ours.changeLanguage('ru');
    ours.off('languageChanged', listener);
    await ours.changeLanguage('en');
    expect(seen).toEqual(['ru']);
  });
});

describe('the runtime’s kept texts', () => {
  it('finds a text added after it was first asked for, in the language asked for', async () => {
    const i18n = createI18n(['en', 'ru'], 'en', 'common');
    // Keys the app's texts do not have: the typed `t` would refuse them.
    const t = i18n.t as unknown as (key: string, options?: Record<string, unknown>) => string;
    i18n.addResources('en', { common: { greet: 'Hello {{name}}' } });
    expect(t('common:later')).toBe('later');
    expect(t('common:greet', { name: 'Ann' })).toBe('Hello Ann');
    i18n.addResources('en', { common: { greet: 'Hello {{name}}', later: 'Now here' } });
    i18n.addResources('ru', { common: { greet: 'Привет, {{name}}' } });
    expect(t('common:later')).toBe('Now here');
    await i18n.changeLanguage('ru');
    expect(t('common:greet', { name: 'Аня' })).toBe('Привет, Аня');
    expect(t('common:later')).toBe('Now here');
  });
});
