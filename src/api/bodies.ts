import * as z from 'zod/mini';
import { responseFormats } from '../segment';

/*
 * Bodies of the endpoints other than update/add (whose body is the model's segmentRequestSchema),
 * as altcraft-api.md section 4 lists their parameters. The client only writes them: the schemas
 * give the field order and, for XML, the types.
 */

const common = { token: z.optional(z.string()), format: z.optional(z.enum(responseFormats)) };

/** `segments/get`, `segments/delete`, `databases/get`, `databases/fields_get`. */
export const idBodySchema = z.object({ ...common, id: z.number().check(z.int()) });

/** `segments/list`, `databases/list`: paging. */
export const pageBodySchema = z.object({
  ...common,
  from_id: z.optional(z.number().check(z.int())),
  limit: z.optional(z.number().check(z.int())),
});

/** A page request: start at id `fromId` (inclusive), at most `limit` items (1..1000). */
export interface PageParams {
  fromId?: number;
  limit?: number;
}

/** A page of a list, with what the next request needs. */
export interface Page<T> {
  items: T[];
  /** The `fromId` of the next page, absent on the last page. */
  nextFromId: number | undefined;
  /** How many items exist in all, when the server says. */
  totalCount: number | undefined;
}

/** The body fields of a page request. */
export function pageBody(params: PageParams = {}): Record<string, unknown> {
  return { from_id: params.fromId, limit: params.limit };
}
