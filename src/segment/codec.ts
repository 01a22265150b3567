import * as z from 'zod/mini';
import { CodecError, formatPath, validationError } from './errors';
import { msg } from './messages';
import { MAX_DEPTH, MAX_INPUT_BYTES } from './limits';
import {
  envelopeSchema,
  segmentRequestSchema,
  type Envelope,
  type SegmentRequest,
  type WireFormat,
} from './schema';
import { orderLike } from './shape';
import { readXml, writeXml } from './xml-loader';

const utf8Length = (text: string): number => {
  // Cheap bounds first: UTF-8 takes 1 to 3 bytes per UTF-16 unit.
  if (text.length * 3 <= MAX_INPUT_BYTES) return text.length;
  if (text.length > MAX_INPUT_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
};

/**
 * The format of `text` from its first meaningful character: `<` is XML, `{` or `[` JSON.
 * Throws a CodecError when it is neither.
 */
export function detectFormat(text: string): WireFormat {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start === '')
    throw new CodecError('empty', 'The input is empty: paste a JSON or XML request.');
  const first = start[0];
  if (first === '<') return 'xml';
  if (first === '{' || first === '[') return 'json';
  throw new CodecError(
    'syntax',
    `This is neither JSON nor XML: it starts with "${start.slice(0, 12)}". A request starts with "{" or "<xml>".`,
  );
}

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

/** Whether the quote at `quote` is escaped: an odd number of backslashes stands before it. */
function isEscaped(text: string, quote: number): boolean {
  let backslashes = 0;
  for (let j = quote - 1; text.charCodeAt(j) === 92; j--) backslashes++;
  return backslashes % 2 === 1;
}

/**
 * Refuses pathological nesting before JSON.parse and the recursive codec walks see it. The scan
 * jumps from one bracket or quote to the next (a regular expression and indexOf search natively),
 * and over each string to its closing quote: it looks at a few characters of a reply, not at all of
 * them, and a deep input costs no more than a scan (parsing 5 MB of brackets first would take some
 * 150 MB and most of a second).
 */
function guardJsonDepth(text: string): void {
  const structure = /["[\]{}]/g;
  let depth = 0;
  for (let found = structure.exec(text); found !== null; found = structure.exec(text)) {
    const i = found.index;
    const c = text.charCodeAt(i);
    if (c === 34) {
      let end = text.indexOf('"', i + 1);
      while (end !== -1 && isEscaped(text, end)) end = text.indexOf('"', end + 1);
      if (end === -1) return; // an unterminated string: JSON.parse names it
      structure.lastIndex = end + 1;
    } else if (c === 123 || c === 91) {
      if (++depth > MAX_DEPTH) {
        throw new CodecError(
          'too-deep',
          `JSON ${lineAndColumn(text, i)}: objects and lists are nested more than ${MAX_DEPTH} levels deep; a segment request is never that deep.`,
        );
      }
    } else depth--;
  }
}

function readJson(text: string): unknown {
  guardJsonDepth(text);
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(detail);
    const where = position ? lineAndColumn(text, Number(position[1])) : 'end of input';
    const reason = detail.replace(/ in JSON at position \d+.*$/s, '').replace(/^JSON\.parse: /, '');
    throw new CodecError('syntax', `JSON ${where}: ${reason}.`, [{ path: where, message: reason }]);
  }
  refuseReservedKeys(value);
  return value;
}

/** Reads `text` as JSON or XML into plain values, not yet validated. */
export function readText(text: string, schema: z.core.$ZodType, format?: WireFormat): unknown {
  if (utf8Length(text) > MAX_INPUT_BYTES) {
    throw new CodecError(
      'too-large',
      `The input is ${(utf8Length(text) / 1024 / 1024).toFixed(1)} MB; the limit is 5 MB. A segment request is far smaller: check that this is the right file.`,
    );
  }
  const body = text.replace(/^\uFEFF/, '');
  const wire = format ?? detectFormat(body);
  if (wire === 'xml') {
    const value = readXml(body, schema);
    refuseReservedKeys(value);
    return value;
  }
  const value = readJson(body);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CodecError(
      'wrong-root',
      `The JSON must be an object ({ ... }), not ${Array.isArray(value) ? 'a list' : value === null ? 'null' : `a ${typeof value}`}.`,
    );
  }
  return value;
}

/**
 * Field names refused everywhere: they would change what a JavaScript object is rather than hold
 * a value (and the XML parser refuses them). Every other name, `toString` included, is kept as is.
 */
export const RESERVED_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

/**
 * Throws a CodecError naming the first reserved key in `value` and where it is (depth first, in key
 * order). One trail of keys and indexes is pushed and popped for the whole walk and copied only
 * into an error: a walk over a large reply allocates nothing per node.
 */
export function refuseReservedKeys(value: unknown, path: readonly (string | number)[] = []): void {
  const trail = [...path];
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        trail.push(i);
        visit(node[i]);
        trail.pop();
      }
      return;
    }
    for (const key of Object.keys(node)) {
      if (RESERVED_KEYS.includes(key)) {
        const message = msg('reservedKey', { key });
        const where = formatPath([...trail, key]);
        throw new CodecError('reserved-key', `${where}: ${message}`, [{ path: where, message }]);
      }
      trail.push(key);
      visit((node as Record<string, unknown>)[key]);
      trail.pop();
    }
  };
  visit(value);
}

/** Reads and validates `text` against `schema`; every failure is a CodecError. */
export function decode<T extends z.core.$ZodType>(
  text: string,
  schema: T,
  format?: WireFormat,
): z.infer<T> {
  return validateValue(readText(text, schema, format), schema);
}

/**
 * Validates a value {@link readText} has read (from JSON, or from XML with this `schema`) against
 * `schema`; every failure is a CodecError. One read can so be validated twice, e.g. as the bare
 * envelope and then as the full reply.
 */
export function validateValue<T extends z.core.$ZodType>(value: unknown, schema: T): z.infer<T> {
  const result = z.safeParse(schema, value);
  if (!result.success) throw validationError(result.error);
  return result.data;
}

/** Writes `value` in `format`, fields in `schema`'s order. Does not validate. */
export function encode(value: unknown, schema: z.core.$ZodType, format: WireFormat): string {
  if (format === 'xml') return writeXml(value, schema);
  return JSON.stringify(orderLike(value, schema), null, 2) + '\n';
}

/**
 * Writes an Update segment request as JSON or in Altcraft's XML dialect. The request need not be
 * valid: the preview shows invalid drafts too.
 */
export function serializeRequest(request: SegmentRequest, format: WireFormat): string {
  return encode(request, segmentRequestSchema, format);
}

/**
 * Reads an Update segment request from JSON or XML (detected when `format` is omitted) and validates
 * it. Throws a {@link CodecError} whose message names the path and the problem.
 */
export function parseRequest(text: string, format?: WireFormat): SegmentRequest {
  return decode(text, segmentRequestSchema, format);
}

/** Writes an API reply (any response schema of `schema.ts`) as JSON or XML. */
export function serializeResponse(
  response: unknown,
  format: WireFormat,
  schema: z.core.$ZodType = envelopeSchema,
): string {
  return encode(response, schema, format);
}

/** Reads an API reply and validates it against `schema` (default: the bare envelope). */
export function parseResponse<T extends z.core.$ZodType = typeof envelopeSchema>(
  text: string,
  schema?: T,
  format?: WireFormat,
): z.infer<T> {
  return decode(text, schema ?? envelopeSchema, format) as z.infer<T>;
}

export type { Envelope };
