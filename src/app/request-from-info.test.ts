import { describe, expect, it } from 'vitest';
import type { SegmentInfo } from '../segment';
import { requestFromInfo } from './request-from-info';

const rules: NonNullable<SegmentInfo['segment']> = [
  { list_id: 6, condition: 'and', limit: 0, percent_from: 0, percent_to: 100, queries: [{ compo: 'default', name: 'email', operator: 'exists', type: 'email', value: [] }] },
];

describe('requestFromInfo', () => {
  it('takes the kind from the sandbox flags', () => {
    const result = requestFromInfo({ id: 12, name: 'S', list_id: 6, is_static: true, is_refresh_daily: true, segment: rules });
    expect(result).toMatchObject({ ok: true, kindSource: 'server', request: { id: 12, list_id: 6, is_static: true, is_refresh_daily: true } });
  });

  it('guesses dynamic with rules and static without, when Altcraft does not say', () => {
    expect(requestFromInfo({ id: 1, name: 'D', segment: rules })).toMatchObject({ ok: true, kindSource: 'guessed', request: { list_id: 6, is_static: false } });
    expect(requestFromInfo({ id: 2, name: 'S', list_id: 5 })).toEqual({ ok: true, kindSource: 'guessed', request: { id: 2, list_id: 5, name: 'S', is_static: true, is_refresh_daily: false } });
  });

  it('uses the kind given when the reply has none', () => {
    expect(requestFromInfo({ id: 1, name: 'D', segment: rules }, { kind: 'updatable' })).toMatchObject({ kindSource: 'given', request: { is_static: true, is_refresh_daily: true } });
  });

  it('needs a database from the reply or the caller', () => {
    expect(requestFromInfo({ id: 1, name: 'X' })).toEqual({ ok: false, reason: 'no-database' });
    expect(requestFromInfo({ id: 1, name: 'X' }, { listId: 9 })).toMatchObject({ ok: true, request: { list_id: 9 } });
  });
});
