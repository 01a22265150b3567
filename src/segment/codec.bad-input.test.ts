import { describe, expect, it } from 'vitest';
import { CodecError, parseRequest, type CodecErrorCode } from './index';
import { readFixture } from './fixtures';

/*
 * A corpus of malformed and hostile inputs. Each must be refused with a CodecError carrying its
 * own specific message and path; none may throw anything else or hang.
 */

const dynamicJson = JSON.parse(readFixture('dynamic', 'json')) as Record<string, unknown>;
const dynamicXml = readFixture('dynamic', 'xml');

type Path = readonly (string | number)[];

/** The dynamic fixture, as JSON text, with the value at each path replaced (undefined: removed). */
function dynamicWith(...edits: [Path, unknown][]): string {
  const copy = structuredClone(dynamicJson);
  for (const [path, value] of edits) {
    let node: unknown = copy;
    for (const key of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[key];
    const last = path[path.length - 1] as string | number;
    if (value === undefined) delete (node as Record<string | number, unknown>)[last];
    else (node as Record<string | number, unknown>)[last] = value;
  }
  return JSON.stringify(copy);
}
const q0 = ['segment', 0, 'queries', 0] as const;
const staticJson = (extra: Record<string, unknown>) =>
  JSON.stringify({
    id: 2,
    list_id: 5,
    name: 'Static',
    is_static: true,
    is_refresh_daily: false,
    ...extra,
  });

interface BadInput {
  name: string;
  text: string;
  code: CodecErrorCode;
  /** A fragment the message must contain (its path and/or its problem). */
  says: RegExp;
}

const corpus: BadInput[] = [
  { name: 'empty input', text: '   \n', code: 'empty', says: /input is empty/ },
  // Issue 12, finding 6: names the XML parser refused with a plain Error, or that vanished.
  {
    name: 'an XML element named constructor',
    text: dynamicXml.replace('<name>', '<constructor>1</constructor><name>'),
    code: 'reserved-key',
    says: /^XML line \d+: The field name "constructor" cannot be used/,
  },
  {
    name: 'a JSON condition key __proto__',
    text: dynamicWith().replace('"compo":', '"__proto__":{"x":1},"compo":'),
    code: 'reserved-key',
    says: /^segment\[0\]\.queries\[0\]\.__proto__: The field name "__proto__"/,
  },
  // Issue 12, finding 7: characters XML 1.0 cannot carry.
  {
    name: 'a name with NUL',
    text: dynamicWith([['name'], 'A\u0000B']),
    code: 'invalid',
    says: /^name: Segment name contains a character that cannot be sent \(U\+0000/,
  },
  { name: 'plain text', text: 'segment please', code: 'syntax', says: /neither JSON nor XML/ },
  {
    name: 'truncated JSON',
    text: readFixture('dynamic', 'json').slice(0, 120),
    code: 'syntax',
    says: /^JSON (line \d+, column \d+|end of input)/,
  },
  {
    name: 'JSON with a trailing comma',
    text: '{"name": "a",}',
    code: 'syntax',
    says: /^JSON line 1, column 14/,
  },
  {
    name: 'truncated XML',
    text: dynamicXml.slice(0, 200),
    code: 'syntax',
    says: /^XML line \d+, column \d+/,
  },
  {
    name: 'XML with mismatched tags',
    text: '<xml><name>a</xml>',
    code: 'syntax',
    says: /^XML line 1.*name/,
  },
  {
    name: 'XML with the wrong root',
    text: '<segment><name>a</name></segment>',
    code: 'wrong-root',
    says: /root element must be <xml>, found <segment>/,
  },
  {
    name: 'JSON list at the root',
    text: '[{"name":"a"}]',
    code: 'wrong-root',
    says: /must be an object.*not a list/,
  },
  {
    name: 'DOCTYPE with entities (billion laughs)',
    text: '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><xml><name>&lol2;</name></xml>',
    code: 'doctype',
    says: /DOCTYPE and entity declarations are not allowed/,
  },
  {
    name: 'external entity',
    text: '<xml><!ENTITY xxe SYSTEM "file:///etc/passwd"><name>&xxe;</name></xml>',
    code: 'doctype',
    says: /line 1: <!ENTITY> found/,
  },
  {
    name: 'deeply nested XML',
    text: `<xml>${'<a>'.repeat(5000)}${'</a>'.repeat(5000)}</xml>`,
    code: 'too-deep',
    says: /^XML line 1: elements are nested more than 32/,
  },
  {
    name: 'deeply nested JSON',
    text: `{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
    code: 'too-deep',
    says: /^JSON line 1, column \d+: objects and lists are nested/,
  },
  {
    name: 'a 6 MB body',
    text: `{"name":"${'x'.repeat(6 * 1024 * 1024)}"}`,
    code: 'too-large',
    says: /6\.0 MB; the limit is 5 MB/,
  },
  {
    name: 'a repeated single-value XML element',
    text: '<xml><name>a</name><name>b</name><is_static>true</is_static></xml>',
    code: 'wrong-type',
    says: /^name: <name> appears more than once/,
  },
  {
    name: 'id as text',
    text: dynamicWith([['id'], 'fourteen']),
    code: 'invalid',
    says: /^id: Segment ID must be a number/,
  },
  {
    name: 'id zero',
    text: dynamicWith([['id'], 0]),
    code: 'invalid',
    says: /^id: Segment ID must be 1 or more/,
  },
  {
    name: 'fractional database',
    text: dynamicWith([['list_id'], 6.5]),
    code: 'invalid',
    says: /^list_id: Database must be a whole number/,
  },
  {
    name: 'is_static as text in XML',
    text: dynamicXml.replace('<is_static>false', '<is_static>maybe'),
    code: 'invalid',
    says: /^is_static: Static must be true or false/,
  },
  {
    name: 'missing name',
    text: dynamicWith([['name'], undefined]),
    code: 'invalid',
    says: /^name: Segment name is required/,
  },
  {
    name: 'empty name',
    text: dynamicWith([['name'], '']),
    code: 'invalid',
    says: /^name: Enter segment name/,
  },
  {
    name: 'static without a database',
    text: staticJson({ list_id: undefined }),
    code: 'invalid',
    says: /^list_id: A static segment needs its database/,
  },
  {
    name: 'static with rules',
    text: staticJson({ segment: dynamicJson.segment }),
    code: 'invalid',
    says: /^segment: A static segment is filled by hand/,
  },
  {
    name: 'dynamic without rules',
    text: dynamicWith([['segment'], undefined]),
    code: 'invalid',
    says: /^segment: A dynamic segment needs at least one rule group/,
  },
  {
    name: 'updatable with an empty rule list',
    text: readFixture('updatable', 'json').replace(
      /"segment": \[[\s\S]*\]\s*}\s*$/,
      '"segment": [] }',
    ),
    code: 'invalid',
    says: /^segment: A updatable segment needs|^segment: An? updatable segment needs/,
  },
  {
    name: 'dynamic refreshing daily',
    text: dynamicWith([['is_refresh_daily'], true]),
    code: 'invalid',
    says: /^is_refresh_daily: A dynamic segment is evaluated whenever/,
  },
  {
    name: 'a group without conditions',
    text: dynamicWith([['segment', 0, 'queries'], []]),
    code: 'invalid',
    says: /^segment\[0\]\.queries: Add at least one condition/,
  },
  {
    name: 'a percent range backwards',
    text: dynamicWith([['segment', 0, 'percent_from'], 80], [['segment', 0, 'percent_to'], 20]),
    code: 'invalid',
    says: /^segment\[0\]\.percent_to: The sample must start before it ends: "from" \(80\)/,
  },
  {
    name: 'a percent over 100',
    text: dynamicWith([['segment', 0, 'percent_to'], 150]),
    code: 'invalid',
    says: /^segment\[0\]\.percent_to: Sample to must be between 0 and 100/,
  },
  {
    name: 'a group on another database',
    text: dynamicWith([['segment', 0, 'list_id'], 7]),
    code: 'invalid',
    says: /^segment\[0\]\.list_id: This group is on database 7, but the segment is on database 6/,
  },
  {
    name: 'a negative limit',
    text: dynamicWith([['segment', 0, 'limit'], -5]),
    code: 'invalid',
    says: /^segment\[0\]\.limit: Limit cannot be negative/,
  },
  {
    name: 'an unknown group condition',
    text: dynamicWith([['segment', 0, 'condition'], 'xor']),
    code: 'invalid',
    says: /^segment\[0\]\.condition: Choose "and"/,
  },
  {
    name: 'a condition without operator',
    text: dynamicWith([[...q0, 'operator'], undefined]),
    code: 'invalid',
    says: /^segment\[0\]\.queries\[0\]\.operator: Operator is required/,
  },
  {
    name: 'a value pair holding an object',
    text: dynamicWith([[...q0, 'value', 0, 'value'], { x: 1 }]),
    code: 'invalid',
    says: /^segment\[0\]\.queries\[0\]\.value\[0\]\.value: A value must be text or a number/,
  },
  {
    name: 'value that is not a list',
    text: dynamicWith([[...q0, 'value'], 'Yahoo']),
    code: 'invalid',
    says: /^segment\[0\]\.queries\[0\]\.value: Value must be a list/,
  },
  {
    name: 'groups as a single object',
    text: dynamicWith([['segment'], (dynamicJson.segment as unknown[])[0]]),
    code: 'invalid',
    says: /^segment: Rule groups must be a list/,
  },
  {
    name: 'text where a group belongs in XML',
    text: '<xml><list_id>6</list_id><name>a</name><is_static>false</is_static><segment array="">hello</segment></xml>',
    code: 'invalid',
    says: /^segment\[0\]: Rule groups must be a set of fields/,
  },
];

describe('parseRequest refuses bad input', () => {
  it('has a corpus of at least 25 distinct cases', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(25);
  });

  it.each(corpus)('refuses $name with its own message', ({ text, code, says }) => {
    let thrown: unknown;
    try {
      parseRequest(text);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CodecError);
    const error = thrown as CodecError;
    expect(error.code).toBe(code);
    expect(error.message).toMatch(says);
  });

  it('gives every case a different message', () => {
    const messages = corpus.map(({ text }) => {
      try {
        parseRequest(text);
        return 'accepted';
      } catch (error) {
        return (error as Error).message;
      }
    });
    const seen = new Map<string, string>();
    const repeated = corpus.filter(({ name }, i) => {
      const first = seen.get(messages[i] ?? '');
      seen.set(messages[i] ?? '', name);
      return first !== undefined;
    });
    expect(repeated.map((c) => c.name)).toEqual([]);
  });

  it('reports every problem of an invalid request as { path, message }', () => {
    const text = dynamicWith([['name'], ''], [['segment', 0, 'limit'], -1]);
    try {
      parseRequest(text);
      expect.unreachable();
    } catch (error) {
      expect((error as CodecError).issues.map((i) => i.path)).toEqual(['name', 'segment[0].limit']);
    }
  });
});
