import { listIdOf, type SegmentRequest } from '../src/segment';
import type { SandboxData, StoredDatabase, StoredSegment } from './data';
import { ApiRefusal, apiError } from './envelope';

/*
 * What each sandbox endpoint does to the data. Mutations check everything before they change
 * anything (the store discards a draft only as a whole batch).
 */

const refuse = (message: string): never => {
  throw new ApiRefusal(apiError.badRequest, message);
};

export function findSegment(data: Readonly<SandboxData>, id: number): StoredSegment {
  return data.segments.find((s) => s.id === id) ?? refuse(`Segment ${id} not found.`);
}

export function findDatabase(data: Readonly<SandboxData>, id: number): StoredDatabase {
  return data.databases.find((d) => d.id === id) ?? refuse(`Database ${id} not found.`);
}

/** The fields kept of a request: the kind flags, the database and the rules; never the token. */
function stored(
  request: SegmentRequest,
  id: number,
  listId: number,
  previous?: StoredSegment,
): StoredSegment {
  const { token: _token, format: _format, id: _id, list_id: _list, ...rest } = request;
  return {
    ...rest,
    id,
    list_id: listId,
    count: previous?.count ?? 0,
    ...(previous?.description !== undefined ? { description: previous.description } : {}),
  };
}

/** `segments/update`: replaces a segment; its database cannot change. */
export function updateSegment(draft: SandboxData, request: SegmentRequest): number {
  const id =
    request.id ??
    refuse('id: The segment ID is required to update a segment (use segments/add to create one).');
  const index = draft.segments.findIndex((s) => s.id === id);
  const existing = draft.segments[index] ?? refuse(`Segment ${id} not found.`);
  const listId = listIdOf(request) ?? existing.list_id;
  if (listId !== existing.list_id) {
    refuse(
      `The database of a segment cannot be changed: segment ${id} is on database ${existing.list_id}, the request names database ${listId}.`,
    );
  }
  draft.segments[index] = stored(request, id, listId, existing);
  return id;
}

/** `segments/add`: creates a segment with the next free id (an `id` in the request is ignored). */
export function addSegment(draft: SandboxData, request: SegmentRequest): number {
  const listId =
    listIdOf(request) ?? refuse('list_id: The database (list_id) is required to create a segment.');
  findDatabase(draft, listId);
  const id = draft.next_segment_id;
  draft.segments.push(stored(request, id, listId));
  draft.next_segment_id = id + 1;
  return id;
}

/** `segments/delete`. */
export function deleteSegment(draft: SandboxData, id: number): number {
  const index = draft.segments.findIndex((s) => s.id === id);
  if (index < 0) refuse(`Segment ${id} not found.`);
  draft.segments.splice(index, 1);
  return id;
}

/** A page of `items` (ordered by id) from `from_id`, with the paging fields Altcraft puts beside `data`. */
export function page<T extends { id: number }>(
  items: readonly T[],
  fromId = 0,
  limit = 1000,
): { data: T[]; next_from_id?: number; total_count: number } {
  const sorted = [...items].sort((a, b) => a.id - b.id);
  const rest = sorted.filter((item) => item.id >= fromId);
  const data = rest.slice(0, limit);
  const next = rest[limit];
  return { data, ...(next ? { next_from_id: next.id } : {}), total_count: sorted.length };
}

/** A segment as `segments/get` answers it. */
export function segmentInfo(segment: StoredSegment): Record<string, unknown> {
  return {
    id: segment.id,
    name: segment.name,
    count: segment.count,
    ...(segment.description !== undefined ? { description: segment.description } : {}),
    list_id: segment.list_id,
    is_static: segment.is_static,
    ...(segment.is_refresh_daily !== undefined
      ? { is_refresh_daily: segment.is_refresh_daily }
      : {}),
    ...(segment.segment !== undefined ? { segment: segment.segment } : {}),
  };
}

/** A database without its field list, as `databases/list` and `databases/get` answer it. */
export function databaseInfo(database: StoredDatabase): Record<string, unknown> {
  const { fields: _fields, ...info } = database;
  return info;
}
