import { describe, expect, it } from 'vitest';
import {
  CodecError,
  getSegmentResponseSchema,
  isCanonicalNumber,
  parseRequest,
  parseResponse,
  savedResponseSchema,
  serializeRequest,
  serializeResponse,
  type SegmentRequest,
} from './index';
import { readFixture, requestFixtureNames } from './fixtures';

const formats = ['json', 'xml'] as const;

describe('parseRequest and serializeRequest on the fixtures', () => {
  describe.each(requestFixtureNames)('%s', (name) => {
    it.each(formats)('decodes the %s fixture', (format) => {
      const request = parseRequest(readFixture(name, format), format);
      expect(request.name.length).toBeGreaterThan(0);
    });

    it('decodes JSON and XML of the same fixture to equal requests', () => {
      expect(parseRequest(readFixture(name, 'xml'))).toEqual(
        parseRequest(readFixture(name, 'json')),
      );
    });

    it.each(formats)('round-trips the %s fixture', (format) => {
      const request = parseRequest(readFixture(name, format));
      const text = serializeRequest(request, format);
      expect(parseRequest(text, format)).toEqual(request);
    });
  });

  it('writes XML in the seed form: <xml> root, no declaration, array="" on every array item', () => {
    const xml = serializeRequest(parseRequest(readFixture('multi-group', 'json')), 'xml');
    expect(xml.startsWith('<xml>')).toBe(true);
    expect(xml).not.toContain('<?xml');
    expect(xml.match(/<segment array="">/g)).toHaveLength(2);
    expect(xml.match(/<queries array="">/g)).toHaveLength(4);
    expect(xml.match(/<value array="">/g)).toHaveLength(6);
    expect(xml).toContain('<name>Engaged subscribers &amp; friends &lt;VIP&gt;</name>');
  });

  it('writes fields in the seed order', () => {
    const xml = serializeRequest(parseRequest(readFixture('dynamic', 'json')), 'xml');
    const order = [...xml.matchAll(/^ {0,2}<(\w+)/gm)].map((m) => m[1]);
    expect(order).toEqual(['xml', 'token', 'id', 'list_id', 'name', 'is_static', 'segment']);
    const json = serializeRequest(parseRequest(readFixture('dynamic', 'xml')), 'json');
    expect(Object.keys(JSON.parse(json) as object)).toEqual(order.slice(1));
  });

  it('keeps a one-item array an array whatever the marker', () => {
    const unmarked = readFixture('dynamic', 'xml').replace(/ array=""/g, '');
    const request = parseRequest(unmarked, 'xml');
    expect(Array.isArray(request.segment)).toBe(true);
    expect(request.segment?.[0]?.queries[0]?.value).toEqual([
      { name: 'domaingroup', value: 'Yahoo! (US)' },
    ]);
  });

  it('detects the format when it is omitted', () => {
    expect(parseRequest(`\n  ${readFixture('static', 'xml')}`).id).toBe(2);
    expect(parseRequest(`\uFEFF${readFixture('static', 'json')}`).id).toBe(2);
  });
});

describe('value typing in XML', () => {
  const withValue = (value: string | number): SegmentRequest => ({
    list_id: 6,
    name: 'n',
    is_static: false,
    segment: [
      {
        list_id: 6,
        condition: 'and',
        limit: 0,
        percent_from: 0,
        percent_to: 100,
        queries: [
          { compo: 'x', name: 'y', operator: 'z', type: 't', value: [{ name: 'p', value }] },
        ],
      },
    ],
  });
  const viaXml = (value: string | number) =>
    parseRequest(serializeRequest(withValue(value), 'xml'), 'xml').segment?.[0]?.queries[0]
      ?.value[0]?.value;

  it.each([
    ['1', 1],
    ['-2.5', -2.5],
    ['1e+21', 1e21],
    ['007', '007'],
    ['1.0', '1.0'],
    [' 1', ' 1'],
    ['', ''],
    ['Yahoo! (US)', 'Yahoo! (US)'],
    [12, 12],
    [0.1, 0.1],
    [Number.MAX_SAFE_INTEGER * 4, Number.MAX_SAFE_INTEGER * 4],
  ])('reads a pair value written from %j as %j', (input, expected) => {
    expect(viaXml(input)).toStrictEqual(expected);
  });

  it('defines a canonical number as text that prints back the same', () => {
    expect(isCanonicalNumber('42')).toBe(true);
    expect(isCanonicalNumber('+42')).toBe(false);
    expect(isCanonicalNumber('Infinity')).toBe(false);
    expect(isCanonicalNumber('0x10')).toBe(false);
  });

  it('reads an empty value list written as one empty marked element', () => {
    const request = withValue('x');
    const query = request.segment?.[0]?.queries[0];
    if (!query) throw new Error('fixture');
    query.value = [];
    query.operator = 'exists';
    const xml = serializeRequest(request, 'xml');
    expect(xml).toContain('<value array=""></value>');
    expect(parseRequest(xml, 'xml')).toEqual(request);
  });
});

describe('unknown keys on a condition', () => {
  it('are kept verbatim through both codecs', () => {
    const json = readFixture('dynamic', 'json').replace(
      '"compo": "domaingroup",',
      '"compo": "domaingroup", "object_path": "profile.email", "vendor_flag": "on",',
    );
    const request = parseRequest(json);
    const query = request.segment?.[0]?.queries[0];
    expect(query?.object_path).toBe('profile.email');
    expect(query?.['vendor_flag']).toBe('on');
    for (const format of formats) {
      expect(parseRequest(serializeRequest(request, format), format)).toEqual(request);
    }
  });
});

describe('responses', () => {
  it.each(formats)('reads the saved reply in %s', (format) => {
    const reply = parseResponse(readFixture('saved-response', format), savedResponseSchema);
    expect(reply.data.saved_id).toBe(14);
  });

  it('reads a segments/get reply with read-back keys in both formats alike', () => {
    const json = parseResponse(readFixture('get-response', 'json'), getSegmentResponseSchema);
    const xml = parseResponse(readFixture('get-response', 'xml'), getSegmentResponseSchema);
    expect(xml).toEqual(json);
    const query = json.data.segment?.[0]?.queries[0];
    expect(query).toMatchObject({
      child: [],
      condition: 'and',
      object_path: 'profile.email',
      object_type: 'profile',
    });
  });

  it.each(formats)('round-trips the get reply in %s', (format) => {
    const reply = parseResponse(readFixture('get-response', 'json'), getSegmentResponseSchema);
    const text = serializeResponse(reply, format, getSegmentResponseSchema);
    expect(parseResponse(text, getSegmentResponseSchema, format)).toEqual(reply);
  });

  it('reads an error reply with the bare envelope', () => {
    const reply = parseResponse(
      '<xml><error>401</error><error_text>API token required</error_text></xml>',
    );
    expect(reply).toMatchObject({ error: 401, error_text: 'API token required' });
  });

  it('refuses an error reply where a success is expected, naming the field', () => {
    expect(() => parseResponse('{"error":400,"error_text":"bad"}', savedResponseSchema)).toThrow(
      CodecError,
    );
  });
});
