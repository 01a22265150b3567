import { describe, expect, it } from 'vitest';
import { parseRequest, serializeRequest } from '../segment';
import { readFixture, requestFixtureNames } from '../segment/fixtures';
import { tokenizeLine, type Token } from './highlight';

const kinds = (tokens: Token[]) =>
  tokens.filter((t) => t.text.trim() !== '').map((t) => `${t.kind}:${t.text}`);

describe('tokenizeLine', () => {
  it('tells JSON keys from string values', () => {
    expect(kinds(tokenizeLine('  "name": "Yahoo: users",', 'json'))).toEqual([
      'key:"name"',
      'punct::',
      'string:"Yahoo: users"',
      'punct:,',
    ]);
  });

  it('colours JSON numbers, literals and brackets', () => {
    expect(kinds(tokenizeLine('"a": [-1.5e3, true, null, {}]', 'json'))).toEqual([
      'key:"a"',
      'punct::',
      'punct:[',
      'number:-1.5e3',
      'punct:,',
      'literal:true',
      'punct:,',
      'literal:null',
      'punct:,',
      'punct:{',
      'punct:}',
      'punct:]',
    ]);
  });

  it('keeps escaped quotes inside a JSON string', () => {
    expect(kinds(tokenizeLine('"v": "say \\"hi\\""', 'json'))).toEqual([
      'key:"v"',
      'punct::',
      'string:"say \\"hi\\""',
    ]);
  });

  it('splits XML tags, attributes and text', () => {
    expect(kinds(tokenizeLine('  <segment array="">', 'xml'))).toEqual([
      'punct:<',
      'tag:segment',
      'attr:array',
      'punct:=',
      'string:""',
      'punct:>',
    ]);
    expect(kinds(tokenizeLine('<name>a &amp; b</name>', 'xml'))).toEqual([
      'punct:<',
      'tag:name',
      'punct:>',
      'text:a &amp; b',
      'punct:</',
      'tag:name',
      'punct:>',
    ]);
    expect(kinds(tokenizeLine('<child/>', 'xml'))).toEqual(['punct:<', 'tag:child', 'punct:/>']);
  });

  it('treats a continuation line of multi-line XML text as text', () => {
    expect(kinds(tokenizeLine('second line &lt;b&gt;', 'xml'))).toEqual([
      'text:second line &lt;b&gt;',
    ]);
  });

  it.each(
    requestFixtureNames.flatMap(
      (name) =>
        [
          [name, 'json'],
          [name, 'xml'],
        ] as const,
    ),
  )('loses no character of fixture %s in %s', (name, format) => {
    const text = serializeRequest(parseRequest(readFixture(name, format)), format);
    for (const line of text.split('\n')) {
      expect(
        tokenizeLine(line, format)
          .map((t) => t.text)
          .join(''),
      ).toBe(line);
    }
  });

  it('loses no character of odd input', () => {
    for (const line of ['"unterminated', '}{]:,', '<<a>>', 'x="1" <', '  ', '']) {
      for (const format of ['json', 'xml'] as const) {
        expect(
          tokenizeLine(line, format)
            .map((t) => t.text)
            .join(''),
        ).toBe(line);
      }
    }
  });
});
