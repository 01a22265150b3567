import { describe, expect, it } from 'vitest';
import { parseRequest } from '../segment';
import { readFixture, requestFixtureNames } from '../segment/fixtures';
import { isEmbedded } from './is-embedded';
import { normalizeOrigins } from './origins';
import { editorMessageSchema, parseHostMessage } from './protocol';

describe('parseHostMessage', () => {
  it.each(requestFixtureNames)(
    'accepts init and set carrying the %s fixture, minus its token',
    (name) => {
      const request = parseRequest(readFixture(name, 'json'), 'json');
      const { token: _token, ...withoutToken } = request;
      for (const type of ['segment-editor:init', 'segment-editor:set']) {
        const parsed = parseHostMessage({ v: 1, type, request });
        expect(parsed).toEqual({ ok: true, message: { v: 1, type, request: withoutToken } });
      }
    },
  );

  it('accepts a full init', () => {
    const init = {
      v: 1,
      type: 'segment-editor:init',
      token: 'secret',
      session: 'eyJleHAiOjF9.c2lnbmF0dXJl',
      apiBase: 'https://segments.example.com/api/v1.1',
      segmentId: 14,
      format: 'xml',
      lang: 'ru',
      theme: 'dark',
      readonly: true,
    };
    expect(parseHostMessage(init)).toEqual({ ok: true, message: init });
  });

  it.each([
    [{ v: 1, type: 'segment-editor:init', lang: 'de' }, /^segment-editor:init: lang: /],
    [{ v: 1, type: 'segment-editor:init', session: '' }, /^segment-editor:init: session: /],
    [
      { v: 1, type: 'segment-editor:init', apiBase: '//evil.example/api' },
      /apiBase must be a path/,
    ],
    [{ v: 1, type: 'segment-editor:init', segmentId: 0 }, /^segment-editor:init: segmentId: /],
    [{ v: 1, type: 'segment-editor:set' }, /^segment-editor:set: request: /],
    [{ v: '1', type: 'segment-editor:save' }, /protocol version "1" is not supported/],
    [{ v: 1, type: 'segment-editor:change' }, /Unknown message type "segment-editor:change"/],
  ])('refuses %j with a message naming the problem', (data, pattern) => {
    const parsed = parseHostMessage(data);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(pattern);
  });

  it('never echoes the token of a refused message', () => {
    const parsed = parseHostMessage({
      v: 1,
      type: 'segment-editor:init',
      token: 'secret',
      lang: 'xx',
    });
    expect(JSON.stringify(parsed)).not.toContain('secret');
  });
});

describe('editorMessageSchema', () => {
  it('refuses a change that carries a token', () => {
    const change = { v: 1, type: 'segment-editor:change', valid: true, dirty: false };
    expect(editorMessageSchema.safeParse({ ...change, request: { name: 'a' } }).success).toBe(true);
    expect(
      editorMessageSchema.safeParse({ ...change, request: { name: 'a', token: 't' } }).success,
    ).toBe(false);
  });
});

describe('normalizeOrigins', () => {
  it('keeps canonical http(s) origins once and drops everything else', () => {
    expect(
      normalizeOrigins([
        'https://Portal.Example.com/admin/',
        'https://portal.example.com',
        'http://localhost:5173',
        '*',
        'null',
        'javascript:alert(1)',
        'not a url',
      ]),
    ).toEqual(['https://portal.example.com', 'http://localhost:5173']);
  });
});

describe('isEmbedded', () => {
  const at = (search: string, framed: boolean) => {
    const win = { location: { search } as Location, parent: null as unknown as Window };
    win.parent = (framed ? {} : win) as Window;
    return isEmbedded(win);
  };

  it('needs both embed=1 and a parent frame', () => {
    expect(at('?embed=1', true)).toBe(true);
    expect(at('?segment=1&embed=true', true)).toBe(true);
    expect(at('?embed=1', false)).toBe(false);
    expect(at('?embed=0', true)).toBe(false);
    expect(at('', true)).toBe(false);
  });
});
