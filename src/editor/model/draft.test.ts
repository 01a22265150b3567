import { describe, expect, it } from 'vitest';
import { readFixture, requestFixtureNames } from '../../segment/fixtures';
import { parseRequest } from '../../segment';
import { fieldPathOf, formatNumberInput, fromRequest, parseNumberInput, toRequest } from './draft';

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
    expect(parseNumberInput('abc')).toBe('abc');
    expect(parseNumberInput('1e3')).toBe('1e3');
    expect(parseNumberInput('1,5')).toBe('1,5');
    expect(parseNumberInput('1.5.2')).toBe('1.5.2');
  });

  it('reads a number as a person types it (bug: "01" in Limit was "must be a number")', () => {
    expect(parseNumberInput(' 12 ')).toBe(12);
    expect(parseNumberInput('01')).toBe(1);
    expect(parseNumberInput('007')).toBe(7);
    expect(parseNumberInput('+5')).toBe(5);
    expect(parseNumberInput('1.')).toBe(1);
    expect(parseNumberInput('.5')).toBe(0.5);
    expect(parseNumberInput('-0')).toBe(0);
    expect(parseNumberInput('1 000')).toBe(1000);
    expect(parseNumberInput('1,500')).toBe(1500);
    expect(parseNumberInput('1,5', 'ru')).toBe(1.5);
    expect(parseNumberInput('1\u00a0000,25', 'ru')).toBe(1000.25);
    expect(parseNumberInput('1.5', 'ru')).toBe(1.5);
  });

  it('shows the canonical number in the language of the page', () => {
    expect(formatNumberInput(1.5, 'ru')).toBe('1,5');
    expect(formatNumberInput(1.5)).toBe('1.5');
    expect(formatNumberInput('01x', 'ru')).toBe('01x');
    expect(formatNumberInput(undefined)).toBe('');
  });

  it('maps request paths to form paths', () => {
    expect(fieldPathOf('segment[0].queries[1].operator')).toBe('segment.0.queries.1.operator');
    expect(fieldPathOf('is_refresh_daily')).toBe('kind');
    expect(fieldPathOf('segment[2].list_id')).toBe('list_id');
  });
});
