/*
 * Paging as the endpoint functions take it. The bodies' schemas are the contract's
 * (src/segment/api-bodies.ts), which the server validates with.
 */

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
