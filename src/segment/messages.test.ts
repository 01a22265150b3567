import { afterEach, describe, expect, it } from 'vitest';
import {
  compos,
  fieldLabelCatalogues,
  fieldTypes,
  knownRules,
  messageCatalogues,
  operators,
  parseRequest,
  setMessageLocale,
  standardFields,
} from './index';
import { readFixture } from './fixtures';

afterEach(() => setMessageLocale('en'));

describe('validation messages', () => {
  it('exist in both languages, non-empty, with the same placeholders', () => {
    for (const key of Object.keys(messageCatalogues.en) as (keyof typeof messageCatalogues.en)[]) {
      const placeholders = (text: string) =>
        [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(messageCatalogues.ru[key].length, key).toBeGreaterThan(0);
      expect(placeholders(messageCatalogues.ru[key]), key).toEqual(
        placeholders(messageCatalogues.en[key]),
      );
    }
    expect(Object.keys(fieldLabelCatalogues.ru)).toEqual(Object.keys(fieldLabelCatalogues.en));
  });

  it('follow the chosen language', () => {
    const text = readFixture('dynamic', 'json')
      .replace('"percent_from": 1', '"percent_from": 99')
      .replace('"percent_to": 99', '"percent_to": 10');
    setMessageLocale('ru');
    expect(() => parseRequest(text)).toThrow(
      'segment[0].percent_to: Выборка должна начинаться раньше, чем заканчивается: «от» (99) должно быть меньше «до» (10).',
    );
    setMessageLocale('en');
    expect(() => parseRequest(text)).toThrow(
      'segment[0].percent_to: The sample must start before it ends: "from" (99) must be less than "to" (10).',
    );
  });
});

describe('the catalogue', () => {
  it('labels every entry in both languages', () => {
    const labels = [
      ...Object.values(compos),
      ...Object.values(fieldTypes),
      ...Object.values(operators),
      ...standardFields.map((f) => f.label),
      ...knownRules.flatMap((r) => [r.label, r.phrase, ...r.pairs.map((p) => p.label)]),
    ];
    for (const label of labels) {
      expect(label.en.trim()).not.toBe('');
      expect(label.ru.trim()).not.toBe('');
    }
  });

  it('offers only known operators for known rules and names every pair in its phrase', () => {
    for (const rule of knownRules) {
      for (const op of rule.operators) expect(Object.keys(operators)).toContain(op);
      for (const pair of rule.pairs) expect(rule.phrase.en).toContain(`{${pair.name}}`);
    }
  });
});
