import { describe, expect, it } from 'vitest';
import { parseRequest, type SegmentRequest } from '../segment';
import { readFixture, requestFixtureNames } from '../segment/fixtures';
import { importText, summarize, type ImportFailure, type ImportSuccess } from './import-text';

const success = (text: string): ImportSuccess => {
  const result = importText(text);
  if (!result.ok) throw new Error(`expected success, got: ${result.message}`);
  return result;
};
const failure = (text: string): ImportFailure => {
  const result = importText(text);
  if (result.ok) throw new Error('expected a failure');
  return result;
};

const fixtureCases = requestFixtureNames.flatMap(
  (name) =>
    [
      [name, 'json'],
      [name, 'xml'],
    ] as const,
);

describe('importText', () => {
  it.each(fixtureCases)(
    'reads fixture %s from %s as one request, without its token',
    (name, format) => {
      const text = readFixture(name, format);
      const result = success(text);
      const { token, ...expected } = parseRequest(text, format);
      expect(result.source).toBe('request');
      expect(result.format).toBe(format);
      expect(result.choices).toHaveLength(1);
      expect(result.choices[0].request).toEqual(expected);
      expect(result.choices[0].request).not.toHaveProperty('token');
      expect(result.tokenDropped).toBe(token !== undefined);
    },
  );

  it.each(['json', 'xml'] as const)(
    'turns a segments/get reply in %s into a request, asking for the kind',
    (format) => {
      const result = success(readFixture('get-response', format));
      expect(result.source).toBe('get-reply');
      expect(result.choices.map((c) => c.kind)).toEqual(['dynamic', 'updatable']);
      const [dynamic, updatable] = result.choices;
      expect(dynamic.request).toMatchObject({
        id: 14,
        list_id: 6,
        name: 'Yahoo users',
        is_static: false,
      });
      expect(dynamic.request).not.toHaveProperty('is_refresh_daily');
      expect(updatable?.request).toMatchObject({ is_static: true, is_refresh_daily: true });
      const query = dynamic.request.segment?.[0]?.queries[0];
      expect(query).toMatchObject({
        compo: 'domaingroup',
        object_path: 'profile.email',
        child: [],
      });
      expect(dynamic.request).not.toHaveProperty('count');
      expect(dynamic.request).not.toHaveProperty('description');
    },
  );

  it('reads the same request from both formats of the get reply', () => {
    expect(success(readFixture('get-response', 'xml')).choices).toEqual(
      success(readFixture('get-response', 'json')).choices,
    );
  });

  it('offers the updatable kind first when the reply says so', () => {
    const reply = JSON.parse(readFixture('get-response', 'json')) as {
      data: Record<string, unknown>;
    };
    reply.data.is_static = true;
    reply.data.is_refresh_daily = true;
    expect(success(JSON.stringify(reply)).choices.map((c) => c.kind)).toEqual([
      'updatable',
      'dynamic',
    ]);
  });

  it('reads a get reply without rules as a static segment on the given database', () => {
    const text = JSON.stringify({
      error: 0,
      error_text: 'ok',
      data: { id: 3, name: 'VIP', list_id: 9 },
    });
    const result = success(text);
    expect(result.choices).toEqual([
      {
        kind: 'static',
        request: { id: 3, list_id: 9, name: 'VIP', is_static: true, is_refresh_daily: false },
      },
    ]);
  });

  const tooDeep = `<xml>${'<a>'.repeat(40)}${'</a>'.repeat(40)}</xml>`;
  const dynamicJson = readFixture('dynamic', 'json');
  const bad: [string, string, ImportFailure['code'], RegExp][] = [
    ['empty text', '   \n', 'empty', /empty/],
    ['plain words', 'hello world', 'syntax', /neither JSON nor XML/],
    [
      'truncated JSON',
      dynamicJson.slice(0, 120),
      'syntax',
      /^JSON (line \d+, column \d+|end of input)/,
    ],
    ['a JSON list', '[{"name": "x"}]', 'wrong-root', /must be an object/],
    [
      'the wrong XML root',
      '<request><name>x</name></request>',
      'wrong-root',
      /root element must be <xml>/,
    ],
    [
      'a DOCTYPE',
      '<!DOCTYPE xml [<!ENTITY x "y">]><xml><name>&x;</name></xml>',
      'doctype',
      /DOCTYPE/,
    ],
    ['nesting too deep', tooDeep, 'too-deep', /nested more than 32 levels/],
    ['truncated XML', readFixture('dynamic', 'xml').slice(0, 200), 'syntax', /^XML line \d+/],
    [
      'a sample that ends first',
      dynamicJson.replace('"percent_to": 99', '"percent_to": 0'),
      'invalid',
      /^segment\[0\]\.percent_to: /,
    ],
    ['an id as text', dynamicJson.replace('"id": 14', '"id": "fourteen"'), 'invalid', /^id: /],
    [
      'a repeated single field in XML',
      '<xml><name>a</name><name>b</name><is_static>false</is_static></xml>',
      'wrong-type',
      /name.*more than once/,
    ],
    [
      'rules on a static segment',
      readFixture('static', 'json').replace(
        '"is_static": true',
        '"is_static": true, "segment": []',
      ),
      'invalid',
      /^segment: /,
    ],
    ['more than 5 MB', `{"name": "${'x'.repeat(5 * 1024 * 1024)}"}`, 'too-large', /limit is 5 MB/],
    [
      'a reply reporting an error',
      '{"error": 403, "error_text": "Access denied"}',
      'reply-error',
      /error 403: Access denied/,
    ],
    [
      'a get reply naming no database',
      '{"error": 0, "error_text": "ok", "data": {"id": 1, "name": "x"}}',
      'no-database',
      /names no database/,
    ],
    [
      'a get reply with a broken group',
      readFixture('get-response', 'json').replace('"percent_to": 99', '"percent_to": 101'),
      'invalid',
      /^data\.segment\[0\]\.percent_to: /,
    ],
  ];

  it.each(bad)('refuses %s with its own message', (_label, text, code, message) => {
    const result = failure(text);
    expect(result.code).toBe(code);
    expect(result.message).toMatch(message);
  });

  it('gives every bad input a different message', () => {
    const messages = bad.map(([, text]) => failure(text).message);
    expect(new Set(messages).size).toBe(messages.length);
  });

  it('passes the reply error on for translation', () => {
    expect(
      failure('<xml><error>401</error><error_text>API token required</error_text></xml>').reply,
    ).toEqual({
      error: 401,
      errorText: 'API token required',
    });
  });
});

describe('summarize', () => {
  it('counts groups and conditions and names the database', () => {
    const request = parseRequest(readFixture('multi-group', 'json'));
    const conditions = request.segment!.reduce((n, g) => n + g.queries.length, 0);
    expect(summarize(request)).toEqual({
      kind: 'dynamic',
      name: request.name,
      id: request.id,
      listId: request.list_id,
      groups: 2,
      conditions,
    });
    expect(conditions).toBeGreaterThan(2);
  });

  it('takes the database from the groups when the request has none at the top', () => {
    const request = parseRequest(readFixture('dynamic', 'json'));
    const { list_id: _listId, ...withoutList } = request;
    expect(summarize(withoutList as SegmentRequest).listId).toBe(6);
  });
});
