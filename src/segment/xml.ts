import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type * as z from 'zod/mini';
import { CodecError } from './errors';
import { MAX_DEPTH, MAX_XML_ELEMENTS } from './limits';
import { isCanonicalNumber } from './canonical-number';
import { msg } from './messages';
import { isPlainObject, shapeOf } from './shape';

/*
 * Altcraft's XML dialect (altcraft-api.md section 6): the reading half (xml-write.ts writes).
 * The browser loads this module, and fast-xml-parser with it, on demand (xml-loader.browser.ts).
 *
 * Reading: any of the dialect's variants (with or without a declaration, `array=""`, `array="true"`,
 * no marker). The schema decides which elements are arrays (so a one-item array is an array) and how
 * text is typed:
 * - a field the schema types as a number or an integer reads its text as a number;
 * - a boolean reads `true` / `false`;
 * - a rule's value pair (`value`, text or number in JSON) reads as a **number when the text is the
 *   canonical form of a finite number** (`String(Number(text)) === text`, e.g. `1`, `-2.5`, `1e+21`)
 *   and as text otherwise (`007`, `1.0`, ` 1`, `Yahoo! (US)`). So a JSON string such as `"12"` comes
 *   back from XML as the number `12`; every other value round-trips exactly;
 * - line ends inside text are normalised to `\n`, as XML requires.
 * DOCTYPE and entity declarations are refused before parsing.
 */

const ATTR = '@_';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: ATTR,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  processEntities: true,
  htmlEntities: false,
  commentPropName: false,
  // `toString`, `valueOf`, `hasOwnProperty`, ... are field names like any other: the parser renames
  // them (to `__toString`) unless told otherwise; marked here, they get their own name back in
  // fromXml. (`__proto__`, `constructor` and `prototype` are refused before parsing.)
  onDangerousProperty: (name: string) => `${RENAMED}${name}`,
});

/** Not a character an XML name can hold, so no element of the input is mistaken for a marked one. */
const RENAMED = ' ';
const ownName = (key: string) => (key.startsWith(RENAMED) ? key.slice(RENAMED.length) : key);

/** A reserved name (see RESERVED_KEYS in codec.ts) as an element or attribute name. */
const reservedName =
  /<\/?(__proto__|constructor|prototype)(?=[\s/>])|\s(__proto__|constructor|prototype)\s*=/;

const numberText = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Refuses what must never reach the parser: DOCTYPE/entities, pathological nesting, too many elements. */
function guard(text: string): void {
  const doctype = /<!(DOCTYPE|ENTITY)/i.exec(text);
  if (doctype) {
    throw new CodecError(
      'doctype',
      `XML line ${lineOf(text, doctype.index)}: <!${(doctype[1] ?? '').toUpperCase()}> found; DOCTYPE and entity declarations are not allowed in a segment request.`,
    );
  }
  const reserved = reservedName.exec(text);
  if (reserved) {
    const key = reserved[1] ?? reserved[2] ?? '';
    throw new CodecError(
      'reserved-key',
      `XML line ${lineOf(text, reserved.index)}: ${msg('reservedKey', { key })}`,
      [{ path: `line ${lineOf(text, reserved.index)}`, message: msg('reservedKey', { key }) }],
    );
  }
  const tag = /<(\/?)[A-Za-z_][^>]*?(\/?)>/g;
  let depth = 0;
  let elements = 0;
  for (let m = tag.exec(text); m; m = tag.exec(text)) {
    if (m[1]) depth--;
    else if (++elements > MAX_XML_ELEMENTS) {
      throw new CodecError(
        'too-large',
        `The XML has more than ${MAX_XML_ELEMENTS.toLocaleString('en')} elements; a segment request is far smaller.`,
      );
    } else if (!m[2]) {
      depth++;
      if (depth > MAX_DEPTH) {
        throw new CodecError(
          'too-deep',
          `XML line ${lineOf(text, m.index)}: elements are nested more than ${MAX_DEPTH} levels deep; a segment request is never that deep.`,
        );
      }
    }
  }
}

const isMarkerOnly = (node: unknown): boolean =>
  node === '' ||
  (isPlainObject(node) &&
    Object.entries(node).every(
      ([k, v]) => k.startsWith(ATTR) || (k === '#text' && typeof v === 'string' && v.trim() === ''),
    ));

function pathText(path: readonly (string | number)[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
    .join('')
    .replace(/^\./, '');
}

/** Turns parsed XML into plain values typed by `schema` (see the rules at the top of this file). */
function fromXml(
  node: unknown,
  schema: z.core.$ZodType | undefined,
  path: (string | number)[],
): unknown {
  const shape = schema ? shapeOf(schema) : ({ kind: 'unknown' } as const);
  if (shape.kind === 'array') {
    const items = Array.isArray(node) ? node : [node];
    if (items.length === 1 && isMarkerOnly(items[0])) return [];
    return items.map((item, i) => fromXml(item, shape.element, [...path, i]));
  }
  if (Array.isArray(node)) {
    if (shape.kind === 'unknown')
      return node.map((item, i) => fromXml(item, undefined, [...path, i]));
    throw new CodecError(
      'wrong-type',
      `${pathText(path)}: <${String(path[path.length - 1])}> appears more than once, but it holds a single value.`,
      [{ path: pathText(path), message: 'appears more than once' }],
    );
  }
  if (isPlainObject(node)) {
    const fields = shape.kind === 'object' ? shape.fields : new Map<string, z.core.$ZodType>();
    const hasChildren = Object.keys(node).some((k) => !k.startsWith(ATTR) && k !== '#text');
    const ownText = typeof node['#text'] === 'string' ? node['#text'] : '';
    if (shape.kind === 'object' && !hasChildren && ownText.trim() !== '') return ownText;
    if (shape.kind !== 'object' && shape.kind !== 'unknown' && !hasChildren) {
      // An element with attributes only, e.g. <name array="">text</name>: its text is the value.
      return fromXml(ownText, schema, path);
    }
    if (shape.kind !== 'object' && shape.kind !== 'unknown') {
      throw new CodecError(
        'wrong-type',
        `${pathText(path)}: expected a single value, but the element holds other elements.`,
        [{ path: pathText(path), message: 'holds other elements' }],
      );
    }
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(node)) {
      if (key.startsWith(ATTR) || key === '#text') continue;
      const name = ownName(key);
      out[name] = fromXml(child, fields.get(name), [...path, name]);
    }
    return out;
  }
  const text = typeof node === 'string' ? node : '';
  switch (shape.kind) {
    case 'object':
      return text.trim() === '' ? {} : text;
    case 'number':
      return numberText.test(text) ? Number(text) : text;
    case 'boolean': {
      const t = text.trim().toLowerCase();
      return t === 'true' ? true : t === 'false' ? false : text;
    }
    case 'string-or-number':
      return isCanonicalNumber(text) ? Number(text) : text;
    default:
      return text;
  }
}

/** Parses Altcraft XML into plain values shaped by `schema` (not yet validated). */
export function readXml(text: string, schema: z.core.$ZodType): unknown {
  guard(text);
  let valid: ReturnType<typeof XMLValidator.validate>;
  try {
    valid = XMLValidator.validate(text, { allowBooleanAttributes: true });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new CodecError('syntax', `XML: ${detail}`, [{ path: '(request)', message: detail }]);
  }
  if (valid !== true) {
    throw new CodecError(
      'syntax',
      `XML line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}`,
      [{ path: `line ${valid.err.line}`, message: valid.err.msg }],
    );
  }
  let doc: unknown;
  try {
    doc = parser.parse(text);
  } catch (error) {
    // Whatever the parser refuses is a CodecError like every other unreadable input.
    const detail = error instanceof Error ? error.message : String(error);
    throw new CodecError('syntax', `XML: ${detail}`, [{ path: '(request)', message: detail }]);
  }
  const roots = isPlainObject(doc) ? Object.keys(doc).filter((k) => k !== '#text') : [];
  if (roots.length !== 1 || roots[0] !== 'xml' || !isPlainObject(doc)) {
    throw new CodecError(
      'wrong-root',
      `The XML root element must be <xml>, found ${roots.length ? roots.map((r) => `<${r}>`).join(', ') : 'none'}.`,
    );
  }
  const root = doc.xml;
  return fromXml(root === '' ? {} : root, schema, []);
}
