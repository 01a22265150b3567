import { describe, expect, it } from 'vitest';
import {
  createRequest,
  createRequestSummarizer,
  describeQuery,
  describeSample,
  parseRequest,
  summarizeRequest,
  type Query,
} from './index';
import { readFixture } from './fixtures';

const fixture = (name: string) => parseRequest(readFixture(name, 'json'));

describe('summarizeRequest', () => {
  it.each([
    ['static', 'en', 'Static segment on database 5: profiles added by hand or by import'],
    ['static', 'ru', 'Статический сегмент на базе 5: профили, добавленные вручную или импортом'],
    [
      'dynamic',
      'en',
      'Dynamic segment on database 6: profiles where the e-mail domain group is Yahoo! (US); sample 1–99%, no limit',
    ],
    [
      'dynamic',
      'ru',
      'Динамический сегмент на базе 6: профили, где группа почтовых доменов совпадает с Yahoo! (US); выборка 1–99 %, без лимита',
    ],
    [
      'updatable',
      'en',
      'Updatable segment (refreshed daily) on database 6: profiles where the e-mail domain group is Yahoo! (US); sample 1–99%, no limit',
    ],
    [
      'updatable',
      'ru',
      'Обновляемый сегмент (пересчитывается ежедневно) на базе 6: профили, где группа почтовых доменов совпадает с Yahoo! (US); выборка 1–99 %, без лимита',
    ],
    [
      'multi-group',
      'en',
      'Dynamic segment on database 6, 2 rule groups. Group 1: profiles where the e-mail domain group is Gmail or the profile was ever in static segment 1; sample 0–50%, at most 5000 profiles. Group 2: profiles where the e-mail subscription is in the data of http://example.com/data.json?a=1&b=2 (field subscriptions, resource 1) and City is Москва; sample 10–90%, no limit',
    ],
    [
      'multi-group',
      'ru',
      'Динамический сегмент на базе 6, групп правил: 2. Группа 1: профили, где группа почтовых доменов совпадает с Gmail или профиль когда-либо был в статическом сегменте 1; выборка 0–50 %, не более 5000 профилей. Группа 2: профили, где подписка на e-mail есть в данных http://example.com/data.json?a=1&b=2 (поле subscriptions, ресурс 1) и Город совпадает с Москва; выборка 10–90 %, без лимита',
    ],
  ] as const)('describes the %s fixture in %s', (name, lang, expected) => {
    expect(summarizeRequest(fixture(name), lang)).toBe(expected);
  });

  it('says when a new segment has all profiles and no limit', () => {
    const request = createRequest('dynamic', 3, 'New');
    expect(summarizeRequest(request, 'en')).toBe(
      'Dynamic segment on database 3: profiles where E-mail is (empty); all matching profiles, no limit',
    );
  });

  it('says when a dynamic draft has no rules yet', () => {
    expect(summarizeRequest({ name: 'x', is_static: false, list_id: 4, segment: [] }, 'en')).toBe(
      'Dynamic segment on database 4: no rules yet',
    );
  });
});

describe('describeQuery', () => {
  const unknown: Query = {
    compo: 'geo',
    name: 'radius',
    operator: 'within',
    type: 'geo',
    value: [
      { name: 'lat', value: 55.75 },
      { name: 'km', value: 10 },
    ],
  };

  it('describes an unknown rule generically, with every parameter', () => {
    expect(describeQuery(unknown, 'en')).toBe(
      'rule "radius" (source geo) within with lat = 55.75, km = 10',
    );
    expect(describeQuery(unknown, 'ru')).toBe(
      'правило «radius» (источник geo) within с параметрами lat = 55.75, km = 10',
    );
  });

  it('leaves the value out for an operator that takes none', () => {
    const query: Query = {
      compo: 'default',
      name: '_city',
      operator: 'empty',
      type: 'string',
      value: [],
    };
    expect(describeQuery(query, 'en')).toBe('City is empty');
    expect(describeQuery(query, 'ru')).toBe('Город пусто');
  });

  it('names a custom field of the profile by its name', () => {
    const query: Query = {
      compo: 'default',
      name: 'loyalty_points',
      operator: 'greater',
      type: 'int',
      value: [{ name: 'value', value: 100 }],
    };
    expect(describeQuery(query, 'en')).toBe('loyalty_points is greater than 100');
  });

  it('names a field of the database by its title when the database lists it', () => {
    const query: Query = {
      compo: 'default',
      name: 'visits',
      operator: 'greater',
      type: 'int',
      value: [{ name: 'value', value: 10 }],
    };
    const names = { fieldTitle: (name: string) => (name === 'visits' ? 'Визиты' : undefined) };
    expect(describeQuery(query, 'ru', names)).toBe('Визиты больше 10');
    expect(describeQuery(query, 'en', { fieldTitle: () => 'Visits' })).toBe(
      'Visits is greater than 10',
    );
  });
});

describe('describeSample', () => {
  it('says the sample one way, in both languages', () => {
    expect(describeSample(1, 99, 'en')).toBe('sample 1–99%');
    expect(describeSample(1, 99, 'ru')).toBe('выборка 1–99 %');
    expect(describeSample(0, 100, 'en')).toBe('all matching profiles');
    expect(describeSample('01x', 5, 'en')).toBe('sample 01x–5%');
  });
});

describe('summarizeRequest with names', () => {
  it('names the database and the fields in words', () => {
    const names = { databaseName: (id: number) => (id === 6 ? 'Customers' : undefined) };
    expect(summarizeRequest(fixture('dynamic'), 'en', names)).toMatch(
      /^Dynamic segment on database “Customers”: /,
    );
    expect(summarizeRequest(fixture('dynamic'), 'ru', names)).toMatch(
      /^Динамический сегмент на базе «Customers»: /,
    );
  });
});

describe('createRequestSummarizer', () => {
  it('says what summarizeRequest says, in both languages, reusing the words of unchanged groups', () => {
    const request = parseRequest(readFixture('multi-group', 'json'));
    const summarize = createRequestSummarizer();
    for (const lang of ['en', 'ru'] as const)
      expect(summarize(request, lang)).toBe(summarizeRequest(request, lang));
    const [first, second] = request.segment ?? [];
    if (!first || !second) throw new Error('the fixture has two groups');
    // A next request sharing the first group and with a changed second one.
    const changed = { ...second, limit: 7 };
    const next = { ...request, segment: [first, changed] };
    expect(summarize(next, 'en')).toBe(summarizeRequest(next, 'en'));
    expect(summarize(next, 'en')).toContain('7');
    // Words are kept by identity: a group changed in place (never done by the editor) is not seen.
    first.limit = 99;
    expect(summarize(next, 'en')).not.toBe(summarizeRequest(next, 'en'));
  });
});
