import { createQuery, type Query, type SegmentKind } from '../../segment';
import type { DraftGroup, SegmentDraft } from './draft';

/*
 * Editor commands: add, duplicate, remove and move of groups and conditions, as pure functions of
 * the draft (in the manner of react-querybuilder's queryTools and excalidraw's actions). They never
 * throw and never mutate their input: they return the new draft with the form paths they changed
 * (so that the form updates only those arrays, and undo can restore them), or say why they did
 * nothing.
 */

/** Why a command did nothing. */
export type Refusal =
  | 'no-such-group'
  | 'no-such-condition'
  | 'already-first'
  | 'already-last'
  | 'no-previous-group'
  | 'no-next-group'
  | 'same-place'
  | 'same-kind';

export type CommandResult =
  | {
      ok: true;
      draft: SegmentDraft;
      /** Form paths whose value changed, outermost arrays only (`segment` or `segment.2.queries`). */
      changed: readonly string[];
      /** The form path to move the focus to afterwards. */
      focus?: string;
      /**
       * The same change as one operation on one array, when it is one: the form can then apply it
       * through that array's field array, keeping the other rows' keys (and their DOM) as they are.
       */
      op?: ArrayOp;
    }
  | { ok: false; reason: Refusal };

/** One operation on the array at form path `path`. */
export type ArrayOp =
  | { path: string; kind: 'insert'; index: number; value: Query }
  | { path: string; kind: 'remove'; index: number }
  | { path: string; kind: 'move'; from: number; to: number };

/** Where a condition is: its group and its place in the group. */
export interface Place {
  group: number;
  index: number;
}

const refuse = (reason: Refusal): CommandResult => ({ ok: false, reason });
const queriesPath = (group: number) => `segment.${group}.queries`;
const hasGroup = (draft: SegmentDraft, group: number) =>
  Number.isInteger(group) && group >= 0 && group < draft.segment.length;
const hasCondition = (draft: SegmentDraft, place: Place) =>
  hasGroup(draft, place.group) &&
  Number.isInteger(place.index) &&
  place.index >= 0 &&
  place.index < (draft.segment[place.group]?.queries.length ?? 0);

const cloneQuery = (query: Query): Query => structuredClone(query);
const cloneGroup = (group: DraftGroup): DraftGroup => ({
  ...group,
  queries: group.queries.map(cloneQuery),
});

/** A new group: match all, the whole audience, no limit, one empty condition. */
export function newGroup(): DraftGroup {
  return { condition: 'and', limit: 0, percent_from: 0, percent_to: 100, queries: [createQuery()] };
}

function withGroups(draft: SegmentDraft, segment: DraftGroup[], focus?: string): CommandResult {
  return {
    ok: true,
    draft: { ...draft, segment },
    changed: ['segment'],
    ...(focus ? { focus } : {}),
  };
}

function withQueries(
  draft: SegmentDraft,
  group: number,
  queries: Query[],
  focus: string,
  op: ArrayOp,
): CommandResult {
  const segment = draft.segment.slice();
  segment[group] = { ...(segment[group] as DraftGroup), queries };
  return { ok: true, draft: { ...draft, segment }, changed: [queriesPath(group)], focus, op };
}

/** Adds a group at the end (or at `at`). */
export function addGroup(draft: SegmentDraft, at = draft.segment.length): CommandResult {
  const index = Math.max(0, Math.min(at, draft.segment.length));
  const segment = draft.segment.slice();
  segment.splice(index, 0, newGroup());
  return withGroups(draft, segment, `segment.${index}.queries.0.compo`);
}

/** Inserts a copy of group `group` right after it. */
export function duplicateGroup(draft: SegmentDraft, group: number): CommandResult {
  if (!hasGroup(draft, group)) return refuse('no-such-group');
  const segment = draft.segment.slice();
  segment.splice(group + 1, 0, cloneGroup(draft.segment[group] as DraftGroup));
  return withGroups(draft, segment, `segment.${group + 1}.condition`);
}

/** Removes group `group`; the focus goes to the group that takes its place, or to "Add group". */
export function removeGroup(draft: SegmentDraft, group: number): CommandResult {
  if (!hasGroup(draft, group)) return refuse('no-such-group');
  const segment = draft.segment.filter((_, i) => i !== group);
  const next = Math.min(group, segment.length - 1);
  return withGroups(draft, segment, next >= 0 ? `segment.${next}.condition` : 'segment');
}

/** Moves group `from` to position `to`. */
export function moveGroup(draft: SegmentDraft, from: number, to: number): CommandResult {
  if (!hasGroup(draft, from)) return refuse('no-such-group');
  if (to < 0) return refuse('already-first');
  if (to >= draft.segment.length) return refuse('already-last');
  if (from === to) return refuse('same-place');
  const segment = draft.segment.slice();
  const [moved] = segment.splice(from, 1);
  segment.splice(to, 0, moved as DraftGroup);
  return withGroups(draft, segment, `segment.${to}.condition`);
}

/** Adds a new condition to group `group`, at the end or at `at`. */
export function addCondition(draft: SegmentDraft, group: number, at?: number): CommandResult {
  if (!hasGroup(draft, group)) return refuse('no-such-group');
  const queries = (draft.segment[group] as DraftGroup).queries.slice();
  const index = Math.max(0, Math.min(at ?? queries.length, queries.length));
  const query = createQuery();
  queries.splice(index, 0, query);
  return withQueries(draft, group, queries, `${queriesPath(group)}.${index}.compo`, {
    path: queriesPath(group),
    kind: 'insert',
    index,
    value: query,
  });
}

/** Inserts a copy of a condition right after it; unknown keys are copied too. */
export function duplicateCondition(draft: SegmentDraft, place: Place): CommandResult {
  if (!hasCondition(draft, place))
    return refuse(hasGroup(draft, place.group) ? 'no-such-condition' : 'no-such-group');
  const queries = (draft.segment[place.group] as DraftGroup).queries.slice();
  const copy = cloneQuery(queries[place.index] as Query);
  queries.splice(place.index + 1, 0, copy);
  return withQueries(
    draft,
    place.group,
    queries,
    `${queriesPath(place.group)}.${place.index + 1}.compo`,
    {
      path: queriesPath(place.group),
      kind: 'insert',
      index: place.index + 1,
      value: copy,
    },
  );
}

/**
 * Removes a condition. A group may be left empty: the model then says it needs a condition, and the
 * person decides whether to add one or remove the group.
 */
export function removeCondition(draft: SegmentDraft, place: Place): CommandResult {
  if (!hasCondition(draft, place))
    return refuse(hasGroup(draft, place.group) ? 'no-such-condition' : 'no-such-group');
  const queries = (draft.segment[place.group] as DraftGroup).queries.filter(
    (_, i) => i !== place.index,
  );
  const next = Math.min(place.index, queries.length - 1);
  return withQueries(
    draft,
    place.group,
    queries,
    next >= 0 ? `${queriesPath(place.group)}.${next}.compo` : queriesPath(place.group),
    { path: queriesPath(place.group), kind: 'remove', index: place.index },
  );
}

/**
 * Moves a condition to `to`: within its group, or into another group (`to.index` is its place in
 * the target group, clamped to the end).
 */
export function moveCondition(draft: SegmentDraft, from: Place, to: Place): CommandResult {
  if (!hasCondition(draft, from))
    return refuse(hasGroup(draft, from.group) ? 'no-such-condition' : 'no-such-group');
  if (!hasGroup(draft, to.group)) return refuse('no-such-group');
  const source = (draft.segment[from.group] as DraftGroup).queries;
  if (from.group === to.group) {
    if (to.index < 0) return refuse('already-first');
    if (to.index >= source.length) return refuse('already-last');
    if (to.index === from.index) return refuse('same-place');
    const queries = source.slice();
    const [moved] = queries.splice(from.index, 1);
    queries.splice(to.index, 0, moved as Query);
    return withQueries(draft, from.group, queries, `${queriesPath(from.group)}.${to.index}.compo`, {
      path: queriesPath(from.group),
      kind: 'move',
      from: from.index,
      to: to.index,
    });
  }
  const target = (draft.segment[to.group] as DraftGroup).queries.slice();
  const index = Math.max(0, Math.min(to.index, target.length));
  target.splice(index, 0, source[from.index] as Query);
  const segment = draft.segment.slice();
  segment[from.group] = {
    ...(segment[from.group] as DraftGroup),
    queries: source.filter((_, i) => i !== from.index),
  };
  segment[to.group] = { ...(segment[to.group] as DraftGroup), queries: target };
  return {
    ok: true,
    draft: { ...draft, segment },
    changed: [queriesPath(from.group), queriesPath(to.group)],
    focus: `${queriesPath(to.group)}.${index}.compo`,
  };
}

/** Moves a condition one place up (-1) or down (+1) within its group. */
export function moveConditionBy(draft: SegmentDraft, place: Place, delta: -1 | 1): CommandResult {
  return moveCondition(draft, place, { group: place.group, index: place.index + delta });
}

/**
 * Moves a condition into the previous group (to its end) or the next group (to its start), so that
 * repeated moves walk it through the groups in reading order.
 */
export function moveConditionToGroup(
  draft: SegmentDraft,
  place: Place,
  direction: -1 | 1,
): CommandResult {
  if (!hasCondition(draft, place))
    return refuse(hasGroup(draft, place.group) ? 'no-such-condition' : 'no-such-group');
  const target = place.group + direction;
  if (target < 0) return refuse('no-previous-group');
  if (target >= draft.segment.length) return refuse('no-next-group');
  const index = direction < 0 ? (draft.segment[target] as DraftGroup).queries.length : 0;
  return moveCondition(draft, place, { group: target, index });
}

/**
 * Changes the kind. The rules stay in the draft whatever the kind; a kind with rules and no group
 * yet gets one, so that there is something to fill in.
 */
export function setKind(draft: SegmentDraft, kind: SegmentKind): CommandResult {
  if (draft.kind === kind) return refuse('same-kind');
  if (kind !== 'static' && draft.segment.length === 0) {
    return {
      ok: true,
      draft: { ...draft, kind, segment: [newGroup()] },
      changed: ['kind', 'segment'],
    };
  }
  return { ok: true, draft: { ...draft, kind }, changed: ['kind'] };
}
