import { describe, expect, it } from 'vitest';
import { createQuery, type Query } from '../segment';
import {
  chooseField,
  fieldChoices,
  fieldKey,
  fieldText,
  isKnownCondition,
  operatorChoices,
} from './field-choices';
import { placeList } from './picker-list';

const fields = [
  { name: 'visits', title: 'Visits', type: 'int' },
  { name: 'email', title: 'E-mail', type: 'email' },
];

describe('fieldChoices', () => {
  it('offers the fields in words, grouped by source, each with its code', () => {
    const options = fieldChoices(fields, 'en');
    expect(options.find((o) => o.code === '_city')).toMatchObject({
      text: 'City',
      section: 'Profile data',
    });
    expect(options.find((o) => o.code === 'visits')).toMatchObject({
      text: 'Visits',
      section: 'Fields of this database',
    });
    // A standard field the database lists too is offered once, as a standard field.
    expect(options.filter((o) => o.code === 'email')).toHaveLength(1);
    expect(options.find((o) => o.key === fieldKey('domaingroup', 'email'))).toMatchObject({
      text: 'E-mail domain group',
      section: 'E-mail domain group',
    });
    expect(fieldChoices(undefined, 'ru').find((o) => o.code === '_city')).toMatchObject({
      text: 'Город',
      section: 'Данные профиля',
    });
  });
});

describe('chooseField', () => {
  it('sets source, name and type together, correcting a type that contradicts the rule', () => {
    const start: Query = { ...createQuery(), type: 'int' };
    const chosen = chooseField(start, fieldKey('domaingroup', 'email'), fields);
    expect(chosen).toMatchObject({
      compo: 'domaingroup',
      name: 'email',
      type: 'email',
      operator: 'equal',
      value: [{ name: 'domaingroup', value: '' }],
    });
    expect(chooseField(chosen, fieldKey('default', 'visits'), fields)).toMatchObject({
      compo: 'default',
      name: 'visits',
      type: 'int',
      operator: 'equal',
    });
  });
});

describe('what a condition reads as', () => {
  it('names its field and says whether the catalogue knows it', () => {
    const visits: Query = {
      compo: 'default',
      name: 'visits',
      operator: 'greater',
      type: 'int',
      value: [],
    };
    expect(fieldText(visits, fields, 'en')).toBe('Visits');
    expect(isKnownCondition(visits, fields)).toBe(true);
    expect(isKnownCondition(visits, undefined)).toBe(false);
    const unknown: Query = {
      compo: 'geo',
      name: 'radius',
      operator: 'within',
      type: 'geo',
      value: [],
    };
    expect(fieldText(unknown, fields, 'en')).toBe('radius (geo)');
    expect(isKnownCondition(unknown, fields)).toBe(false);
  });

  it('offers the operators of the field type in words, and keeps an unknown one', () => {
    const texts = operatorChoices(
      { compo: 'default', name: 'visits', type: 'int', operator: 'above' },
      'en',
    ).map((o) => o.text);
    expect(texts).toContain('is greater than');
    expect(texts).not.toContain('contains');
    expect(texts[texts.length - 1]).toBe('above');
  });
});

describe('placeList', () => {
  const view = { width: 1366, height: 768 };
  const box = (top: number, left = 100, width = 200) => ({ top, bottom: top + 40, left, width });
  it('opens under the field when there is room', () => {
    expect(placeList(box(100), view, 300)).toMatchObject({ top: 142, maxHeight: 300 });
  });
  it('opens above the field near the bottom of the window, never taller than the room', () => {
    const place = placeList(box(700), view, 300);
    expect(place).toMatchObject({ bottom: 70, maxHeight: 300 });
    expect(placeList(box(200), { width: 480, height: 260 }, 300)).toMatchObject({
      bottom: 62,
      maxHeight: 192,
    });
  });
  it('stays inside a narrow window', () => {
    const place = placeList(box(100, 400, 60), { width: 480, height: 768 }, 100);
    expect(place.left + place.width).toBeLessThanOrEqual(472);
    expect(place.left).toBeGreaterThanOrEqual(8);
  });
});
