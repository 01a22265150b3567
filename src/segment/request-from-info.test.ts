import { describe, expect, it } from 'vitest';
import type { SegmentInfo } from './schema';
import { listIdOf, withoutToken } from './request-fields';
import { requestFromInfo } from './request-from-info';

const rules: NonNullable<SegmentInfo['segment']> = [
  {
    list_id: 6,
    condition: 'and',
    limit: 0,
    percent_from: 0,
    percent_to: 100,
    queries: [{ compo: 'default', name: 'email', operator: 'exists', type: 'email', value: [] }],
  },
];

describe('requestFromInfo', () => {
  it('takes the kind from the sandbox flags', () => {
    const result = requestFromInfo({
      id: 12,
      name: 'S',
      list_id: 6,
      is_static: true,
      is_refresh_daily: true,
      segment: rules,
    });
    expect(result).toMatchObject({
      ok: true,
      kindSource: 'server',
      request: { id: 12, list_id: 6, is_static: true, is_refresh_daily: true },
    });
  });

  it('guesses dynamic with rules and static without, when Altcraft does not say', () => {
    expect(requestFromInfo({ id: 1, name: 'D', segment: rules })).toMatchObject({
      ok: true,
      kindSource: 'guessed',
      request: { list_id: 6, is_static: false },
    });
    expect(requestFromInfo({ id: 2, name: 'S', list_id: 5 })).toEqual({
      ok: true,
      kindSource: 'guessed',
      request: { id: 2, list_id: 5, name: 'S', is_static: true, is_refresh_daily: false },
    });
  });

  it('uses the kind given when the reply has none', () => {
    expect(
      requestFromInfo({ id: 1, name: 'D', segment: rules }, { kind: 'updatable' }),
    ).toMatchObject({ kindSource: 'given', request: { is_static: true, is_refresh_daily: true } });
  });

  it('needs a database from the reply or the caller', () => {
    expect(requestFromInfo({ id: 1, name: 'X' })).toEqual({ ok: false, reason: 'no-database' });
    expect(requestFromInfo({ id: 1, name: 'X' }, { listId: 9 })).toMatchObject({
      ok: true,
      request: { list_id: 9 },
    });
  });

  it('lets the kind given win over the reply when asked (the import dialog)', () => {
    const info = { id: 4, name: 'U', list_id: 6, is_static: true, is_refresh_daily: true };
    const result = requestFromInfo(
      { ...info, segment: rules },
      { kind: 'dynamic', kindOverridesReply: true },
    );
    expect(result).toMatchObject({ kindSource: 'given', request: { is_static: false } });
    expect(requestFromInfo({ ...info, segment: rules }, { kind: 'dynamic' })).toMatchObject({
      kindSource: 'server',
      request: { is_static: true, is_refresh_daily: true },
    });
  });

  it('copies the groups, never sharing them with the reply', () => {
    const info = { id: 5, name: 'C', segment: rules };
    const result = requestFromInfo(info);
    if (!result.ok) throw new Error('expected a request');
    expect(result.request.segment).toEqual(rules);
    expect(result.request.segment?.[0]).not.toBe(rules[0]);
    expect(result.request.segment?.[0]?.queries[0]).not.toBe(rules[0]?.queries[0]);
  });
});

describe('withoutToken and listIdOf', () => {
  it('drops the token', () => {
    const request = { name: 'S', list_id: 3 };
    expect(withoutToken({ ...request, token: 'secret' })).toEqual(request);
    expect(withoutToken(request)).toEqual(request);
  });

  it('names the database by list_id, else the first group', () => {
    expect(listIdOf({ list_id: 2, segment: rules })).toBe(2);
    expect(listIdOf({ segment: rules })).toBe(6);
    expect(listIdOf({})).toBeUndefined();
  });
});
