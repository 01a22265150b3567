import { XMLBuilder, XMLValidator } from 'fast-xml-parser';
import { CodecError, detectFormat, type WireFormat } from '../src/segment';
import { bodyFormat } from './requests';

/*
 * Putting the server's API token into a request body on its way to Altcraft. The browser's body is
 * otherwise forwarded as it came: JSON is parsed and re-serialised (only whitespace changes); XML gets
 * a minimal edit (top-level <token> elements removed, one inserted after <xml>), so that nothing the
 * server does not understand is rewritten.
 */

const escaper = new XMLBuilder({ processEntities: true });

/** `token` as XML element text, escaped by the XML library. */
function tokenElement(token: string): string {
  return escaper.build({ token }).trim();
}

/*
 * One lexical item of XML: a comment, CDATA, processing instruction or declaration (skipped as a
 * whole, so their text never looks like a tag), or a start/end/empty tag with quoted attributes.
 */
const lexer =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!(?:[^>"']|"[^"]*"|'[^']*')*>|<(\/?)([A-Za-z_][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;

/** Any spelling of `token` (`Token`, `TOKEN`): Altcraft may read it case-insensitively. */
const isToken = (name: string) => name.toLowerCase() === 'token';

/** The XML text with every `<token>` child of the root (any case) removed and `<token>token</token>` added first. */
export function setXmlToken(text: string, token: string): string {
  if (/<!(DOCTYPE|ENTITY)/i.test(text)) {
    throw new CodecError(
      'doctype',
      'DOCTYPE and entity declarations are not allowed in a request.',
    );
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new CodecError(
      'syntax',
      `XML line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}`,
    );
  }
  let depth = 0;
  let rootEnd = -1;
  let cut: { start: number } | undefined;
  const cuts: [number, number][] = [];
  for (let m = lexer.exec(text); m; m = lexer.exec(text)) {
    const [whole, close, name, , selfClosing] = m;
    if (name === undefined) continue;
    const start = m.index;
    const end = start + whole.length;
    if (close) {
      depth--;
      if (depth === 1 && cut && isToken(name)) {
        cuts.push([cut.start, end]);
        cut = undefined;
      }
      continue;
    }
    if (depth === 0) {
      if (name !== 'xml')
        throw new CodecError('wrong-root', `The XML root element must be <xml>, found <${name}>.`);
      rootEnd = end;
    }
    if (depth === 1 && isToken(name)) {
      if (selfClosing) cuts.push([start, end]);
      else cut = { start };
    }
    if (!selfClosing) depth++;
  }
  lexer.lastIndex = 0;
  if (rootEnd < 0) throw new CodecError('wrong-root', 'The XML root element must be <xml>.');
  let out = text;
  for (const [start, end] of cuts.reverse()) out = out.slice(0, start) + out.slice(end);
  if (out.slice(rootEnd - 2, rootEnd) === '/>') {
    // <xml/>: an empty request; open it up to hold the token.
    return `${out.slice(0, rootEnd - 2)}>${tokenElement(token)}</xml>${out.slice(rootEnd)}`;
  }
  return `${out.slice(0, rootEnd)}\n${tokenElement(token)}${out.slice(rootEnd)}`;
}

/** The JSON text with its `token` replaced by `token` (first field). */
export function setJsonToken(text: string, token: string): string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new CodecError('syntax', 'The request body is not valid JSON.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CodecError('wrong-root', 'The JSON request must be an object ({ ... }).');
  }
  const rest = Object.fromEntries(
    Object.entries(value as Record<string, unknown>).filter(([key]) => !isToken(key)),
  );
  return JSON.stringify({ token, ...rest });
}

/** The body with the server's token, and its format; an empty body becomes `{"token": ...}`. */
export function withToken(
  text: string,
  contentType: string | undefined,
  token: string,
): { body: string; format: WireFormat } {
  if (text.trim() === '') return { body: JSON.stringify({ token }), format: 'json' };
  const format = contentType ? bodyFormat(contentType, text) : detectFormat(text);
  return { body: format === 'xml' ? setXmlToken(text, token) : setJsonToken(text, token), format };
}
