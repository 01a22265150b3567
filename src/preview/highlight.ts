import type { WireFormat } from '../segment';

/*
 * A tiny line tokenizer for the preview. The preview only ever shows text written by the codecs
 * (pretty-printed JSON, the seed's XML form), where no token spans a line: JSON strings never hold a
 * raw line end, and XML text escapes `<`. So each line is tokenized on its own, which lets the
 * virtualized view tokenize only the lines on screen.
 */

export type TokenKind =
  'key' | 'string' | 'number' | 'literal' | 'punct' | 'tag' | 'attr' | 'text' | 'plain';

export interface Token {
  kind: TokenKind;
  text: string;
}

const jsonToken =
  /(\s+)|("(?:[^"\\]|\\.)*"?)(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)|(true|false|null)\b|([{}[\],:])|([^\s"{}[\],:]+)/g;

function tokenizeJson(line: string): Token[] {
  const tokens: Token[] = [];
  jsonToken.lastIndex = 0;
  for (let m = jsonToken.exec(line); m; m = jsonToken.exec(line)) {
    const [, space, str, colon, num, literal, punct, other] = m;
    if (space) tokens.push({ kind: 'plain', text: space });
    else if (str !== undefined) {
      if (colon) {
        tokens.push({ kind: 'key', text: str });
        tokens.push({ kind: 'punct', text: colon });
      } else tokens.push({ kind: 'string', text: str });
    } else if (num) tokens.push({ kind: 'number', text: num });
    else if (literal) tokens.push({ kind: 'literal', text: literal });
    else if (punct) tokens.push({ kind: 'punct', text: punct });
    else if (other) tokens.push({ kind: 'plain', text: other });
  }
  return tokens;
}

const xmlTag = /<(\/?)([^\s>/]*)([^>]*?)(\/?)>/g;
const xmlAttr = /(\s+)|([^\s=]+)(=)?("[^"]*"|'[^']*')?/g;

function pushAttributes(tokens: Token[], attrs: string): void {
  xmlAttr.lastIndex = 0;
  for (let m = xmlAttr.exec(attrs); m; m = xmlAttr.exec(attrs)) {
    const [, space, name, eq, value] = m;
    if (space) tokens.push({ kind: 'plain', text: space });
    if (name) tokens.push({ kind: 'attr', text: name });
    if (eq) tokens.push({ kind: 'punct', text: eq });
    if (value) tokens.push({ kind: 'string', text: value });
  }
}

function tokenizeXml(line: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  xmlTag.lastIndex = 0;
  for (let m = xmlTag.exec(line); m; m = xmlTag.exec(line)) {
    if (m.index > last) tokens.push({ kind: 'text', text: line.slice(last, m.index) });
    const [, close = '', name = '', attrs = '', selfClose = ''] = m;
    tokens.push({ kind: 'punct', text: `<${close}` });
    tokens.push({ kind: 'tag', text: name });
    pushAttributes(tokens, attrs);
    tokens.push({ kind: 'punct', text: `${selfClose}>` });
    last = m.index + m[0].length;
  }
  if (last < line.length) tokens.push({ kind: 'text', text: line.slice(last) });
  return tokens;
}

/** Splits one line of codec output into coloured tokens; joining their texts gives the line back. */
export function tokenizeLine(line: string, format: WireFormat): Token[] {
  return format === 'json' ? tokenizeJson(line) : tokenizeXml(line);
}
