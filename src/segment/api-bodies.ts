import * as z from 'zod/mini';
import { responseFormats } from './schema';

/*
 * Bodies of the endpoints other than update/add (whose body is segmentRequestSchema). Altcraft
 * documents them only as parameter lists (altcraft-api.md section 4). The client writes with them
 * (field order, XML types); the server validates with them and words its refusals itself
 * (server/requests.ts), so that the browser bundle carries no server messages.
 */

const common = { token: z.optional(z.string()), format: z.optional(z.enum(responseFormats)) };

const id = z.number().check(z.int(), z.minimum(1));

/** `segments/get`, `segments/delete`, `databases/get`, `databases/fields_get`: `{ id }`. */
export const idRequestSchema = z.object({ ...common, id });

/** Paged lists: `from_id` (first id returned, default the first), `limit` (1..1000, default 1000). */
export const pageRequestSchema = z.object({
  ...common,
  from_id: z.optional(z.number().check(z.int(), z.minimum(0))),
  limit: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(1000))),
});
