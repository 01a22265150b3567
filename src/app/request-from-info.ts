import { kindFlags, kindOf, type SegmentInfo, type SegmentKind, type SegmentRequest } from '../segment';

/*
 * A `segments/get` reply -> the request the editor edits. Real Altcraft does not say the kind
 * (altcraft-api.md section 4): the sandbox does (is_static / is_refresh_daily), otherwise the
 * caller's choice is used, else a guess the person is asked to check (dynamic with rules, static
 * without).
 */

/** Where the kind came from: the server, the person (or the editor as it was), or a guess. */
export type KindSource = 'server' | 'given' | 'guessed';

export type FromInfoResult =
  | { ok: true; request: SegmentRequest; kindSource: KindSource }
  | { ok: false; reason: 'no-database' };

/** The request to edit segment `info`; `kind` is used when the reply does not say it, `listId` when it names no database. */
export function requestFromInfo(info: SegmentInfo, options: { kind?: SegmentKind | undefined; listId?: number | undefined } = {}): FromInfoResult {
  const rules = info.segment ?? [];
  const listId = info.list_id ?? rules[0]?.list_id ?? options.listId;
  if (listId === undefined) return { ok: false, reason: 'no-database' };
  const [kind, kindSource]: [SegmentKind, KindSource] =
    info.is_static !== undefined
      ? [kindOf({ is_static: info.is_static, is_refresh_daily: info.is_refresh_daily }), 'server']
      : options.kind
        ? [options.kind, 'given']
        : [rules.length > 0 ? 'dynamic' : 'static', 'guessed'];
  // Rules of a static segment stay in the draft (the editor keeps them, the request omits them).
  const request: SegmentRequest = { id: info.id, list_id: listId, name: info.name, ...kindFlags(kind) };
  if (rules.length > 0 || kind !== 'static') request.segment = rules.map((group) => ({ ...group, queries: group.queries.map((q) => ({ ...q })) }));
  return { ok: true, request, kindSource };
}
