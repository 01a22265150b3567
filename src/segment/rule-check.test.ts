import { afterEach, describe, expect, it } from 'vitest';
import { placeOf, ruleProblems, segmentRuleProblems, setMessageLocale, type Query } from './index';

const domainGroup = (value: string, type = 'email'): Query => ({
  compo: 'domaingroup',
  name: 'email',
  operator: 'equal',
  type,
  value: [{ name: 'domaingroup', value }],
});

afterEach(() => setMessageLocale('en'));

describe('ruleProblems', () => {
  it('finds nothing wrong with a complete known rule, or with a rule the catalogue does not know', () => {
    expect(ruleProblems(domainGroup('Yahoo! (US)'))).toEqual([]);
    expect(
      ruleProblems({ compo: 'geo', name: 'radius', operator: 'x', type: 'int', value: [] }),
    ).toEqual([]);
  });

  it('flags a type that contradicts the known rule (bug: a domain group rule went out as "int")', () => {
    expect(ruleProblems(domainGroup('Gmail', 'int'))).toEqual([
      {
        path: 'type',
        message: expect.stringMatching(
          /^E-mail domain group takes the type "email" \(E-mail\), not "int"/,
        ) as unknown,
      },
    ]);
  });

  it('asks for a required parameter left empty or missing (bug: a domain group rule saved with "")', () => {
    expect(ruleProblems(domainGroup(''))).toEqual([
      { path: 'value[0].value', message: 'Pick a domain group.' },
    ]);
    expect(ruleProblems(domainGroup('  '))).toEqual([
      { path: 'value[0].value', message: 'Pick a domain group.' },
    ]);
    expect(ruleProblems({ ...domainGroup(''), value: [] })).toEqual([
      { path: 'value', message: 'Pick a domain group.' },
    ]);
    setMessageLocale('ru');
    expect(ruleProblems(domainGroup(''))).toEqual([
      { path: 'value[0].value', message: 'Выберите группу доменов.' },
    ]);
  });

  it('takes segment 0 (what a new membership rule starts with) for no segment picked', () => {
    const statseg: Query = {
      compo: 'default',
      name: 'statseg',
      operator: 'once',
      type: 'statseg',
      value: [{ name: 'segment_id', value: 0 }],
    };
    expect(ruleProblems(statseg)).toEqual([{ path: 'value[0].value', message: 'Pick a segment.' }]);
    expect(ruleProblems({ ...statseg, value: [{ name: 'segment_id', value: 3 }] })).toEqual([]);
  });

  it('names every problem of a segment by its full path', () => {
    const problems = segmentRuleProblems([
      { queries: [domainGroup('Gmail'), domainGroup('', 'int')] },
    ]);
    expect(problems.map((p) => p.path)).toEqual([
      'segment[0].queries[1].type',
      'segment[0].queries[1].value[0].value',
    ]);
  });
});

describe('placeOf', () => {
  const request = { segment: [{ queries: [domainGroup('')] }] };
  it.each([
    ['segment[0].limit', 'Group 1 · Limit'],
    ['segment[1].percent_from', 'Group 2 · Sample from'],
    ['segment[0].queries', 'Group 1 · Conditions'],
    ['segment[0].queries[2].operator', 'Group 1 · Condition 3 · Operator'],
    ['segment[0].queries[0].type', 'Group 1 · Condition 1 · type (API codes)'],
    ['segment[0].queries[0].value[0].value', 'Group 1 · Condition 1 · Domain group'],
    ['segment[0].queries[3].value[1].value', 'Group 1 · Condition 4 · Value'],
    ['name', 'Segment name'],
    ['is_refresh_daily', 'Kind'],
    ['(request)', 'The request'],
    ['something[odd]', 'something[odd]'],
  ])('names %s as "%s"', (path, expected) => {
    expect(placeOf(path, request)).toBe(expected);
  });

  it('speaks Russian too', () => {
    setMessageLocale('ru');
    expect(placeOf('segment[0].limit')).toBe('Группа 1 · Лимит');
    expect(placeOf('segment[0].queries[0].value[0].value', request)).toBe(
      'Группа 1 · Условие 1 · Группа доменов',
    );
  });
});
