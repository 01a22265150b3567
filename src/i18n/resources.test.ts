import { afterAll, describe, expect, it } from 'vitest';
import { getMessageLocale, msg } from '../segment';
import { initI18n, pickLanguage, setLanguage } from './index';
import { en } from './en';
import { ru } from './ru';
import { languages } from './resources';

const resources = { en, ru };

/** Every leaf of a namespace as `path -> text`. */
function leaves(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(prefix, value);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      for (const [path, text] of leaves(child, prefix ? `${prefix}.${key}` : key))
        out.set(path, text);
    }
  }
  return out;
}

/** The `{{name}}` placeholders of a text, without their format (`{{count, num}}` -> `count`). */
const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();

/** The English `_other` form of a plural form English does not have (`audience_few`). */
const otherFormOf = (path: string) => path.replace(/_(zero|two|few|many)$/, '_other');

const namespaces = Object.keys(resources.en) as (keyof typeof resources.en)[];

describe('translations', () => {
  it('have the same namespaces in every language', () => {
    for (const lng of languages)
      expect(Object.keys(resources[lng]).sort()).toEqual([...namespaces].sort());
  });

  it.each(namespaces)(
    'have every key of the %s namespace in Russian and no other, but plural forms',
    (ns) => {
      const en = leaves(resources.en[ns]);
      const ru = leaves(resources.ru[ns]);
      expect([...en.keys()].filter((path) => !ru.has(path))).toEqual([]);
      const extra = [...ru.keys()].filter((path) => !en.has(path));
      expect(extra.filter((path) => !en.has(otherFormOf(path)))).toEqual([]);
      expect(en.size).toBeGreaterThan(0);
    },
  );

  it.each(namespaces)(
    'have every plural form Russian needs, or Russian numbers would show English (%s)',
    (ns) => {
      const categories = new Intl.PluralRules('ru').resolvedOptions().pluralCategories;
      const ru = leaves(resources.ru[ns]);
      for (const path of leaves(resources.en[ns]).keys()) {
        if (!path.endsWith('_other')) continue;
        for (const category of categories)
          expect(ru.has(path.replace(/_other$/, `_${category}`)), `ru ${ns}:${path}`).toBe(true);
      }
    },
  );

  it.each(namespaces)(
    'use the same placeholders in both languages and no empty text (%s)',
    (ns) => {
      const en = leaves(resources.en[ns]);
      for (const [path, translated] of leaves(resources.ru[ns])) {
        const text = en.get(path) ?? en.get(otherFormOf(path)) ?? '';
        expect(translated.trim(), `ru ${ns}:${path}`).not.toBe('');
        expect(placeholders(translated), `${ns}:${path}`).toEqual(placeholders(text));
      }
    },
  );

  it('are really translated: Russian texts with words are written in Cyrillic', () => {
    // Texts that stay the same in both (names of formats, "JSON") are fine; prose is not.
    for (const ns of namespaces) {
      for (const [path, text] of leaves(resources.ru[ns])) {
        const words = text.replace(/\{\{[^}]*\}\}/g, '').match(/\p{L}{4,}/gu) ?? [];
        if (words.length >= 2) expect(text, `${ns}:${path}`).toMatch(/\p{Script=Cyrillic}/u);
      }
    }
  });
});

describe('pickLanguage', () => {
  it('prefers the explicit choice, then the browser, then English', () => {
    expect(pickLanguage('ru', ['en-US'])).toBe('ru');
    expect(pickLanguage(undefined, ['de-DE', 'ru-RU', 'en'])).toBe('ru');
    expect(pickLanguage('fr', ['de'])).toBe('en');
    expect(pickLanguage(null, [])).toBe('en');
  });
});

describe('setLanguage', () => {
  const i18n = initI18n('en');
  afterAll(() => setLanguage('en'));

  it('switches the texts, the model messages and number formats together', async () => {
    expect(i18n.t('editor:group.conditions', { count: 5000 })).toBe('Conditions: 5,000');
    expect(await setLanguage('ru-RU')).toBe('ru');
    expect(i18n.resolvedLanguage).toBe('ru');
    expect(getMessageLocale()).toBe('ru');
    expect(msg('queriesRequired')).toBe('Добавьте в эту группу хотя бы одно условие.');
    expect(i18n.t('editor:group.conditions', { count: 5000 })).toBe('Условий: 5\u00a0000');
    await setLanguage('en');
    expect(getMessageLocale()).toBe('en');
    expect(msg('queriesRequired')).toBe('Add at least one condition to this group.');
  });

  it('follows a change made through i18n.changeLanguage directly (the host page, a test)', async () => {
    await i18n.changeLanguage('ru');
    expect(getMessageLocale()).toBe('ru');
    await i18n.changeLanguage('en');
    expect(getMessageLocale()).toBe('en');
  });

  it('keeps the last choice when an earlier one is still loading its language', async () => {
    const [first, second] = await Promise.all([setLanguage('ru'), setLanguage('en')]);
    expect(second).toBe('en');
    expect(first).toBe('en');
    expect(i18n.resolvedLanguage).toBe('en');
    expect(getMessageLocale()).toBe('en');
  });

  it('shows a half-typed number as typed instead of turning it into 0', () => {
    expect(i18n.t('editor:group.limitShort', { limit: '' })).toBe('limit ');
    expect(i18n.t('editor:group.limitShort', { limit: 12000 })).toBe('limit 12,000');
  });

  it('writes an audience of any size in Russian', async () => {
    await setLanguage('ru');
    for (const count of [0, 1, 2, 5, 21, 1000, 1.5])
      expect(i18n.t('app:audience', { count })).toMatch(/^профилей при последнем подсчёте: /);
    await setLanguage('en');
  });

  it('says a static segment without rule groups has none, rather than "0 groups are kept"', () => {
    expect(i18n.t('editor:settings.staticRulesKept', { count: 0 })).not.toContain('(0)');
    expect(i18n.t('editor:settings.staticRulesKept', { count: 2 })).toContain('(2)');
  });
});
