import { describe, expect, it } from 'vitest';
import {
  CodecError,
  parseRequest,
  responseFormats,
  serializeRequest,
  type SegmentRequest,
} from '.';

/*
 * Issue 12, findings 6 and 7: every key name either round-trips verbatim or is refused by name, and
 * characters XML 1.0 cannot carry are refused with the field's name. Every failure is a CodecError.
 */

const request = (extra: Record<string, unknown> = {}, name = 'Segment'): SegmentRequest => {
  const query: Record<string, unknown> = {
    compo: 'default',
    name: 'email',
    operator: 'equal',
    type: 'email',
    value: [{ name: 'value', value: 'a@example.com' }],
  };
  // defineProperty, not assignment: `__proto__` must become an own key, as JSON.parse makes it.
  for (const [key, value] of Object.entries(extra))
    Object.defineProperty(query, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return {
    name,
    is_static: false,
    list_id: 1,
    segment: [
      {
        list_id: 1,
        condition: 'and',
        limit: 0,
        percent_from: 0,
        percent_to: 100,
        queries: [query],
      },
    ] as SegmentRequest['segment'],
  };
};

const failure = (run: () => unknown): CodecError => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CodecError);
    return error as CodecError;
  }
  throw new Error('no error');
};

describe.each(responseFormats)('key names in %s', (format) => {
  it.each(['toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', 'isPrototypeOf'])(
    'round-trips a condition key named %s verbatim',
    (key) => {
      const original = request({ [key]: 'kept' });
      const back = parseRequest(serializeRequest(original, format), format);
      const query = back.segment?.[0]?.queries[0] as Record<string, unknown>;
      expect(Object.hasOwn(query, key)).toBe(true);
      expect(query[key]).toBe('kept');
      expect(Object.keys(query)).not.toContain(`__${key}`);
      expect(back).toEqual(original);
    },
  );
});

describe('reserved key names', () => {
  const json = (key: string) =>
    JSON.stringify(request({ x: 1 })).replace('"x":1', `"${key}":{"polluted":true}`);
  const xml = (key: string) =>
    serializeRequest(request({ marker: 'm' }), 'xml').replace(
      '<marker>m</marker>',
      `<${key}>x</${key}>`,
    );

  it.each(['__proto__', 'constructor', 'prototype'])(
    'refuses %s in JSON and XML with a CodecError naming it',
    (key) => {
      const fromJson = failure(() => parseRequest(json(key), 'json'));
      expect(fromJson.code).toBe('reserved-key');
      expect(fromJson.message).toContain(`segment[0].queries[0].${key}:`);
      const fromXml = failure(() => parseRequest(xml(key), 'xml'));
      expect(fromXml.code).toBe('reserved-key');
      expect(fromXml.message).toMatch(new RegExp(`XML line \\d+: The field name "${key}"`));
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it('refuses a reserved name as an XML attribute too', () => {
    const text = serializeRequest(request(), 'xml').replace('<name>', '<name constructor="1">');
    expect(failure(() => parseRequest(text, 'xml')).code).toBe('reserved-key');
  });

  it('turns any other refusal of the XML parser into a CodecError', () => {
    expect(failure(() => parseRequest('<xml><a></b></xml>', 'xml')).code).toBe('syntax');
  });
});

describe('characters XML 1.0 cannot carry', () => {
  it.each([
    ['NUL', '\u0000', 'U+0000'],
    ['U+0001', '\u0001', 'U+0001'],
    ['ESC', '\u001b', 'U+001B'],
    ['U+FFFE', '\ufffe', 'U+FFFE'],
    ['a lone surrogate', '\ud800', 'U+D800'],
  ])('refuses %s in the name, naming the field and the character', (_n, char, code) => {
    const error = failure(() => parseRequest(JSON.stringify(request({}, `A${char}B`)), 'json'));
    expect(error.message).toContain(
      `name: Segment name contains a character that cannot be sent (${code}`,
    );
  });

  it('refuses them in a value, an operator and an unknown key, each by its path', () => {
    const bad = request({ vendor: 'x\u0002' });
    const query = bad.segment?.[0]?.queries[0];
    if (!query) throw new Error('no query');
    query.operator = 'equal\u0007';
    query.value = [{ name: 'value', value: 'a\u000b' }];
    const { issues } = failure(() => parseRequest(JSON.stringify(bad), 'json'));
    expect(issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining([
        'segment[0].queries[0].operator',
        'segment[0].queries[0].value[0].value',
        'segment[0].queries[0].vendor',
      ]),
    );
  });

  it('accepts tab, line feed, carriage return and astral characters', () => {
    const text = 'A\tB\nC\r😀 ё';
    expect(parseRequest(JSON.stringify(request({}, text)), 'json').name).toBe(text);
  });
});
