import { API_PREFIX, serializeRequest, type SegmentRequest, type WireFormat } from '../segment';

/*
 * The cURL command for an Update segment request, for bash (and any POSIX shell).
 *
 * The body goes through an unquoted here-document, so that the shell puts the token in from
 * `$ALTCRAFT_TOKEN` (the snippet never holds the real one) while everything else is sent verbatim:
 * in an unquoted here-document only `\`, `$` and the backquote are special, and each gets a
 * backslash. The delimiter is chosen so that no line of the body equals it. The token is assumed
 * to be plain (letters and digits), as Altcraft issues it: it is not escaped inside the JSON string.
 */

/** The shell variables the command reads. */
export const TOKEN_VARIABLE = 'ALTCRAFT_TOKEN';
export const URL_VARIABLE = 'ALTCRAFT_URL';

const contentTypes: Record<WireFormat, string> = {
  json: 'application/json',
  xml: 'application/xml',
};

/** `it's` -> `'it'\''s'`: a single-quoted shell word. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** Escapes what an unquoted here-document would expand. */
function hereDocText(text: string): string {
  return text.replace(/[\\$`]/g, (c) => `\\${c}`);
}

/** A placeholder for the token that does not occur anywhere else in `text`. */
function placeholderFor(request: SegmentRequest, format: WireFormat): string {
  const plain = serializeRequest({ ...request, token: undefined }, format);
  let placeholder = 'ALTCRAFT_TOKEN_PLACEHOLDER';
  for (let n = 1; plain.includes(placeholder); n++) placeholder = `ALTCRAFT_TOKEN_PLACEHOLDER_${n}`;
  return placeholder;
}

/**
 * The endpoint: an absolute `apiBase` is used as is; a relative one (the editor's own proxy path,
 * `/api/v1.1` by default) is appended to `$ALTCRAFT_URL`.
 */
function endpoint(apiBase: string): string {
  const base = apiBase.replace(/\/+$/, '');
  if (/^https?:\/\//i.test(base)) return shellQuote(`${base}/segments/update/`);
  const path = `${base.startsWith('/') ? base : `/${base}`}/segments/update/`;
  // A plain path reads best inside the double quotes; anything else is quoted on its own.
  return /^[\w/.~-]*$/.test(path)
    ? `"$${URL_VARIABLE}${path}"`
    : `"$${URL_VARIABLE}"${shellQuote(path)}`;
}

/** The full command: `curl -X POST ... --data-binary @- <<EOF`, body, `EOF`. */
export function buildCurl(
  request: SegmentRequest,
  format: WireFormat,
  apiBase = API_PREFIX,
): string {
  const placeholder = placeholderFor(request, format);
  const body = serializeRequest({ ...request, token: placeholder }, format);
  const text = hereDocText(body).split(placeholder).join(`\${${TOKEN_VARIABLE}}`);
  const lines = new Set(text.split('\n'));
  let delimiter = 'EOF';
  for (let n = 1; lines.has(delimiter); n++) delimiter = `EOF${n}`;
  return [
    `curl -X POST ${endpoint(apiBase)} \\`,
    `  -H ${shellQuote(`Content-Type: ${contentTypes[format]}; charset=utf-8`)} \\`,
    `  --data-binary @- <<${delimiter}`,
    `${text.replace(/\n$/, '')}`,
    delimiter,
    '',
  ].join('\n');
}
