import { listIdOf } from './request-fields';
import {
  kindFlags,
  kindOf,
  type SegmentInfo,
  type SegmentKind,
  type SegmentRequest,
} from './schema';

/*
 * A `segments/get` reply -> the request that updates that segment. Real Altcraft does not say the
 * kind (altcraft-api.md section 4): the sandbox does (is_static / is_refresh_daily), otherwise the
 * caller's kind is used, else a guess the person is asked to check (dynamic with rules, static
 * without). The database is the reply's `list_id` or its groups', else the caller's.
 */

/** Where the kind came from: the server, the caller (the person, or the editor as it was), or a guess. */
export type KindSource = 'server' | 'given' | 'guessed';

/** The request built from a reply, or why none can be: the reply names no database. */
export type FromInfoResult =
  | { ok: true; request: SegmentRequest; kindSource: KindSource }
  | { ok: false; reason: 'no-database' };

/** Options of {@link requestFromInfo}. */
export interface FromInfoOptions {
  /** The kind to use when the reply does not say it. */
  kind?: SegmentKind | undefined;
  /**
   * True: `kind` is used even when the reply says another (the import dialog, where the person
   * picks among the kinds that fit the rules). Default false: the reply's own flags win.
   */
  kindOverridesReply?: boolean;
  /** The database to use when the reply names none. */
  listId?: number | undefined;
}

/** The request to update segment `info`; its groups are copied, never shared with the reply. */
export function requestFromInfo(info: SegmentInfo, options: FromInfoOptions = {}): FromInfoResult {
  const rules = info.segment ?? [];
  const listId = listIdOf(info) ?? options.listId;
  if (listId === undefined) return { ok: false, reason: 'no-database' };
  const { kind: given, kindOverridesReply = false } = options;
  const [kind, kindSource]: [SegmentKind, KindSource] =
    given && kindOverridesReply
      ? [given, 'given']
      : info.is_static !== undefined
        ? [kindOf({ is_static: info.is_static, is_refresh_daily: info.is_refresh_daily }), 'server']
        : given
          ? [given, 'given']
          : [rules.length > 0 ? 'dynamic' : 'static', 'guessed'];
  // Rules of a static segment stay in the draft (the editor keeps them, the request omits them).
  const request: SegmentRequest = {
    id: info.id,
    list_id: listId,
    name: info.name,
    ...kindFlags(kind),
  };
  if (rules.length > 0 || kind !== 'static')
    request.segment = rules.map((group) => ({
      ...group,
      queries: group.queries.map((query) => ({ ...query })),
    }));
  return { ok: true, request, kindSource };
}
