import { describe, expect, it } from 'vitest';
import { createQuery, type Query } from '../../segment';
import {
  addCondition,
  addGroup,
  duplicateCondition,
  duplicateGroup,
  moveCondition,
  moveConditionBy,
  moveConditionToGroup,
  moveGroup,
  removeCondition,
  removeGroup,
  setKind,
  type CommandResult,
} from './commands';
import type { SegmentDraft } from './draft';

const q = (name: string): Query => ({ ...createQuery(), name });
const draft = (): SegmentDraft => ({
  id: 14,
  list_id: 6,
  name: 'S',
  kind: 'dynamic',
  segment: [
    {
      condition: 'and',
      limit: 0,
      percent_from: 0,
      percent_to: 100,
      queries: [q('a'), q('b'), q('c')],
    },
    { condition: 'or', limit: 5, percent_from: 1, percent_to: 99, queries: [q('d')] },
  ],
});
const names = (result: CommandResult) => {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.draft.segment.map((g) => g.queries.map((x) => x.name).join(''));
};
const frozen = () => {
  const d = draft();
  return JSON.parse(JSON.stringify(d)) as SegmentDraft;
};

describe('editor commands', () => {
  it('add a group at the end with one new condition and focus its source', () => {
    const result = addGroup(draft());
    expect(names(result)).toEqual(['abc', 'd', 'email']);
    expect(result).toMatchObject({ changed: ['segment'], focus: 'segment.2.queries.0.compo' });
  });

  it('duplicate a group right after it, as a deep copy', () => {
    const before = draft();
    const result = duplicateGroup(before, 0);
    expect(names(result)).toEqual(['abc', 'abc', 'd']);
    if (!result.ok) return;
    expect(result.draft.segment[1]?.queries[0]).not.toBe(before.segment[0]?.queries[0]);
  });

  it('remove a group and focus the one taking its place, or Add group when none is left', () => {
    expect(removeGroup(draft(), 0)).toMatchObject({ ok: true, focus: 'segment.0.condition' });
    const one = removeGroup(draft(), 1);
    const none = one.ok ? removeGroup(one.draft, 0) : one;
    expect(none).toMatchObject({ ok: true, focus: 'segment' });
    if (none.ok) expect(none.draft.segment).toEqual([]);
  });

  it('move a group and refuse moves past the ends with a reason', () => {
    expect(names(moveGroup(draft(), 1, 0))).toEqual(['d', 'abc']);
    expect(moveGroup(draft(), 0, -1)).toEqual({ ok: false, reason: 'already-first' });
    expect(moveGroup(draft(), 1, 2)).toEqual({ ok: false, reason: 'already-last' });
    expect(moveGroup(draft(), 0, 0)).toEqual({ ok: false, reason: 'same-place' });
    expect(moveGroup(draft(), 5, 0)).toEqual({ ok: false, reason: 'no-such-group' });
  });

  it('add a condition at the end or at a place, changing only that group', () => {
    expect(names(addCondition(draft(), 1))).toEqual(['abc', 'demail']);
    const at = addCondition(draft(), 0, 1);
    expect(names(at)).toEqual(['aemailbc', 'd']);
    expect(at).toMatchObject({
      changed: ['segment.0.queries'],
      focus: 'segment.0.queries.1.compo',
    });
    expect(addCondition(draft(), 9)).toEqual({ ok: false, reason: 'no-such-group' });
  });

  it('duplicate a condition keeping its unknown keys', () => {
    const d = draft();
    (d.segment[0]?.queries[1] as Query).object_path = 'profile.email';
    const result = duplicateCondition(d, { group: 0, index: 1 });
    expect(names(result)).toEqual(['abbc', 'd']);
    if (result.ok) expect(result.draft.segment[0]?.queries[2]?.object_path).toBe('profile.email');
    expect(duplicateCondition(d, { group: 0, index: 3 })).toEqual({
      ok: false,
      reason: 'no-such-condition',
    });
  });

  it('remove a condition, leaving a group empty when it was the last one', () => {
    expect(names(removeCondition(draft(), { group: 0, index: 1 }))).toEqual(['ac', 'd']);
    const last = removeCondition(draft(), { group: 1, index: 0 });
    expect(names(last)).toEqual(['abc', '']);
    expect(last).toMatchObject({ focus: 'segment.1.queries' });
  });

  it('move a condition within its group', () => {
    expect(names(moveCondition(draft(), { group: 0, index: 0 }, { group: 0, index: 2 }))).toEqual([
      'bca',
      'd',
    ]);
    expect(names(moveConditionBy(draft(), { group: 0, index: 1 }, -1))).toEqual(['bac', 'd']);
    expect(moveConditionBy(draft(), { group: 0, index: 0 }, -1)).toEqual({
      ok: false,
      reason: 'already-first',
    });
    expect(moveConditionBy(draft(), { group: 0, index: 2 }, 1)).toEqual({
      ok: false,
      reason: 'already-last',
    });
  });

  it('move a condition across groups, changing both groups only', () => {
    const result = moveCondition(draft(), { group: 0, index: 1 }, { group: 1, index: 0 });
    expect(names(result)).toEqual(['ac', 'bd']);
    expect(result).toMatchObject({
      changed: ['segment.0.queries', 'segment.1.queries'],
      focus: 'segment.1.queries.0.compo',
    });
    expect(names(moveCondition(draft(), { group: 1, index: 0 }, { group: 0, index: 99 }))).toEqual([
      'abcd',
      '',
    ]);
  });

  it('move a condition to the previous group (its end) or the next group (its start)', () => {
    expect(names(moveConditionToGroup(draft(), { group: 1, index: 0 }, -1))).toEqual(['abcd', '']);
    expect(names(moveConditionToGroup(draft(), { group: 0, index: 2 }, 1))).toEqual(['ab', 'cd']);
    expect(moveConditionToGroup(draft(), { group: 0, index: 0 }, -1)).toEqual({
      ok: false,
      reason: 'no-previous-group',
    });
    expect(moveConditionToGroup(draft(), { group: 1, index: 0 }, 1)).toEqual({
      ok: false,
      reason: 'no-next-group',
    });
  });

  it('keep the rules when the kind changes, and give a rules kind a group when it has none', () => {
    const toStatic = setKind(draft(), 'static');
    expect(toStatic).toMatchObject({ ok: true, changed: ['kind'] });
    if (toStatic.ok) expect(toStatic.draft.segment).toHaveLength(2);
    const empty = { ...draft(), kind: 'static' as const, segment: [] };
    const back = setKind(empty, 'updatable');
    expect(back).toMatchObject({ ok: true, changed: ['kind', 'segment'] });
    if (back.ok) expect(back.draft.segment).toHaveLength(1);
    expect(setKind(draft(), 'dynamic')).toEqual({ ok: false, reason: 'same-kind' });
  });

  it('never mutate the draft they are given', () => {
    const d = draft();
    const copy = frozen();
    addGroup(d);
    duplicateGroup(d, 0);
    removeGroup(d, 0);
    moveGroup(d, 0, 1);
    addCondition(d, 0);
    duplicateCondition(d, { group: 0, index: 0 });
    removeCondition(d, { group: 0, index: 0 });
    moveCondition(d, { group: 0, index: 0 }, { group: 1, index: 0 });
    moveConditionToGroup(d, { group: 0, index: 0 }, 1);
    setKind(d, 'static');
    expect(d).toEqual(copy);
  });

  it('never throw, whatever the positions', () => {
    for (const g of [-1, 0, 1, 2, 1.5, Number.NaN]) {
      for (const i of [-1, 0, 2, 3, 0.5]) {
        expect(() => {
          removeGroup(draft(), g);
          moveGroup(draft(), g, i);
          removeCondition(draft(), { group: g, index: i });
          moveCondition(draft(), { group: g, index: i }, { group: i, index: g });
          moveConditionToGroup(draft(), { group: g, index: i }, 1);
        }).not.toThrow();
      }
    }
  });
});
