import type * as z from 'zod/mini';
import {
  CodecError,
  detectFormat,
  readText,
  type ApiMethod,
  type WireFormat,
} from '../src/segment';

/*
 * Reading a request body before it is validated; the bodies' schemas are the contract's
 * (src/segment/api-bodies.ts, API_ENDPOINTS).
 */

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

/** How a body's issue is worded: undefined keeps the schema's own words. */
export type IssueText = (issue: z.core.$ZodRawIssue) => string | undefined;

const safeBound = (issue: z.core.$ZodRawIssue) =>
  (issue.code === 'too_small' && issue.minimum === Number.MIN_SAFE_INTEGER) ||
  (issue.code === 'too_big' && issue.maximum === Number.MAX_SAFE_INTEGER);

/** What a number field may hold, said when it is out of range. */
const rangeText: Record<string, string> = {
  id: 'must be 1 or more',
  from_id: 'cannot be negative',
  limit: 'must be between 1 and 1000',
};

/**
 * The words of the refusals of the id and paged bodies (the contract's schemas carry none, since
 * the browser only writes with them); undefined for update/add, whose schema words its own.
 */
export function bodyIssueText(method: ApiMethod): IssueText | undefined {
  if (method === 'segments/update' || method === 'segments/add') return undefined;
  const idName = method.startsWith('databases/') ? 'The database ID (id)' : 'The segment ID (id)';
  return (issue) => {
    const field = String(issue.path?.[0] ?? '');
    if (field === 'token') return 'token must be text.';
    if (field === 'format') return 'The response format must be "json" or "xml".';
    const range = rangeText[field];
    if (range === undefined) return undefined;
    const name = field === 'id' ? idName : field;
    if (issue.code === 'invalid_type') {
      if (issue.expected === 'int') return `${name} must be a whole number.`;
      return issue.input === undefined ? `${name} is required.` : `${name} must be a number.`;
    }
    if (safeBound(issue)) return `${name} must be a whole number.`;
    return `${name} ${range}.`;
  };
}
