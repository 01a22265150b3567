import { z } from 'zod';
import {
  CodecError,
  detectFormat,
  readText,
  responseFormats,
  type WireFormat,
} from '../src/segment';

/*
 * Bodies of the endpoints other than update/add (whose body is the model's segmentRequestSchema).
 * Altcraft documents them only as parameter lists (altcraft-api.md section 4).
 */

const common = {
  token: z.string({ error: 'token must be text.' }).optional(),
  format: z
    .enum(responseFormats, { error: 'The response format must be "json" or "xml".' })
    .optional(),
};

const id = (what: string) =>
  z
    .number({
      error: (issue) =>
        issue.input === undefined ? `${what} is required.` : `${what} must be a number.`,
    })
    .int({ error: `${what} must be a whole number.` })
    .min(1, { error: `${what} must be 1 or more.` });

/** `segments/get`, `segments/delete`: `{ id }`. */
export const segmentIdRequestSchema = z.object({ ...common, id: id('The segment ID (id)') });

/** `databases/get`, `databases/fields_get`: `{ id }`. */
export const databaseIdRequestSchema = z.object({ ...common, id: id('The database ID (id)') });

/** Paged lists: `from_id` (first id returned, default the first), `limit` (1..1000, default 1000). */
export const pageRequestSchema = z.object({
  ...common,
  from_id: z
    .number({ error: 'from_id must be a number.' })
    .int({ error: 'from_id must be a whole number.' })
    .min(0, { error: 'from_id cannot be negative.' })
    .optional(),
  limit: z
    .number({ error: 'limit must be a number.' })
    .int({ error: 'limit must be a whole number.' })
    .min(1, { error: 'limit must be between 1 and 1000.' })
    .max(1000, { error: 'limit must be between 1 and 1000.' })
    .optional(),
});

/** The wire format of a request body: from Content-Type, sniffed from the text when absent or other. */
export function bodyFormat(contentType: string | undefined, text: string): WireFormat {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/json' || type.endsWith('+json')) return 'json';
  if (type === 'application/xml' || type === 'text/xml' || type.endsWith('+xml')) return 'xml';
  return detectFormat(text);
}

/**
 * Reads a body into plain values shaped by `schema` (not validated). An empty body is `{}`: the
 * token may come in the Authorization header and list endpoints need no parameter.
 */
export function readBody(
  text: string,
  contentType: string | undefined,
  schema: z.core.$ZodType,
): Record<string, unknown> {
  if (text.trim() === '') return {};
  const value = readText(text, schema, bodyFormat(contentType, text));
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CodecError(
      'wrong-root',
      'The request must be a set of fields (a JSON object or <xml> with elements).',
    );
  }
  return value as Record<string, unknown>;
}
