import { describe, expect, it } from 'vitest';
import { readFixture, requestFixtureNames } from '../segment/fixtures';
import { parseRequest } from '../segment';
import { fieldPathOf, fromRequest, parseNumberInput, toRequest } from './draft';

describe('draft', () => {
  it.each(requestFixtureNames)('round-trips the %s fixture through the draft', (name) => {
    const request = parseRequest(readFixture(name, 'json'), 'json');
    const { draft, extras } = fromRequest(request);
    expect(toRequest(draft, extras)).toEqual(request);
  });

  it('keeps the rules in the draft while the kind is static, and sends none', () => {
    const { draft } = fromRequest(parseRequest(readFixture('dynamic', 'json'), 'json'));
    const request = toRequest({ ...draft, kind: 'static' });
    expect(request.segment).toBeUndefined();
    expect(request).toMatchObject({ is_static: true, is_refresh_daily: false });
    expect(toRequest({ ...draft, kind: 'dynamic' }).segment).toHaveLength(1);
  });

  it('gives every group the segment database', () => {
    const { draft } = fromRequest(parseRequest(readFixture('multi-group', 'json'), 'json'));
    const request = toRequest({ ...draft, list_id: 9 });
    expect(request.segment?.map((g) => g.list_id)).toEqual([9, 9]);
  });

  it('keeps text typed in a number field as text', () => {
    expect(parseNumberInput('')).toBeUndefined();
    expect(parseNumberInput(' 12 ')).toBe(12);
    expect(parseNumberInput('1.')).toBe('1.');
    expect(parseNumberInput('abc')).toBe('abc');
  });

  it('maps request paths to form paths', () => {
    expect(fieldPathOf('segment[0].queries[1].operator')).toBe('segment.0.queries.1.operator');
    expect(fieldPathOf('is_refresh_daily')).toBe('kind');
    expect(fieldPathOf('segment[2].list_id')).toBe('list_id');
  });
});
