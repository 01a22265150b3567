import { describe, expect, it } from 'vitest';
import { createQuery } from '../../segment';
import type { SegmentDraft } from './draft';
import { errorsOf, IncrementalRequest, validateDraft, validateFields } from './validation';

const draft = (): SegmentDraft => ({
  id: 14,
  list_id: 6,
  name: 'S',
  kind: 'dynamic',
  segment: [
    { condition: 'and', limit: 0, percent_from: 0, percent_to: 100, queries: [createQuery()] },
  ],
});

describe('validation', () => {
  it('finds nothing wrong with a valid draft', () => {
    expect(validateDraft(draft()).issues).toEqual([]);
  });

  it('names each problem with its form path and the model message', () => {
    const d = draft();
    d.name = '';
    d.id = 'abc';
    (d.segment[0] as SegmentDraft['segment'][number]).percent_from = 50;
    (d.segment[0] as SegmentDraft['segment'][number]).percent_to = 40;
    const fields = validateDraft(d).issues.map((i) => [i.field, i.message]);
    expect(fields).toEqual(
      expect.arrayContaining([
        ['name', 'Enter segment name.'],
        ['id', 'Segment ID must be a number.'],
        [
          'segment.0.percent_to',
          expect.stringContaining('"from" (50) must be less than "to" (40)'),
        ],
      ]),
    );
  });

  it('refuses a known rule with a contradicting type or an empty required value, at its input', () => {
    const d = draft();
    const rule = {
      compo: 'domaingroup',
      name: 'email',
      operator: 'equal',
      type: 'int',
      value: [{ name: 'domaingroup', value: '' }],
    };
    d.segment[0]?.queries.push(rule);
    const wanted = ['segment.0.queries.1.type', 'segment.0.queries.1.value.0.value'];
    expect(validateDraft(d).issues.map((i) => i.field)).toEqual(wanted);
    expect(new IncrementalRequest().build(d).issues.map((i) => i.field)).toEqual(wanted);
    expect(
      validateFields(d, ['segment.0.queries.1.value']).map((i) => [i.field, i.message]),
    ).toEqual([['segment.0.queries.1.value.0.value', 'Pick a domain group.']]);
  });

  it('validates only the named condition on a keystroke', () => {
    const d = draft();
    d.segment[0]?.queries.push({ ...createQuery(), operator: '' });
    d.name = '';
    const issues = validateFields(d, ['segment.0.queries.1.operator']);
    expect(issues.map((i) => i.field)).toEqual(['segment.0.queries.1.operator']);
    expect(validateFields(d, ['segment.0.queries.0.operator'])).toEqual([]);
  });

  it('checks the kind rules for a top-level field', () => {
    const d = { ...draft(), kind: 'static' as const, list_id: undefined };
    expect(validateFields(d, ['list_id']).map((i) => i.message)).toEqual([
      'A static segment needs its database (list_id).',
    ]);
  });

  it('skips the hidden rules of a static segment', () => {
    const d = { ...draft(), kind: 'static' as const };
    (d.segment[0] as SegmentDraft['segment'][number]).limit = -1;
    expect(validateFields(d, ['segment.0.limit'])).toEqual([]);
    expect(validateDraft(d).issues).toEqual([]);
  });

  it('turns issues into nested react-hook-form errors, fields only', () => {
    const errors = errorsOf([
      { path: 'name', field: 'name', message: 'Enter segment name.' },
      {
        path: 'segment[0].queries[1].operator',
        field: 'segment.0.queries.1.operator',
        message: 'Enter operator.',
      },
      {
        path: 'segment[0].queries',
        field: 'segment.0.queries',
        message: 'Add at least one condition to this group.',
      },
    ]);
    expect(errors).toEqual({
      name: { type: 'validate', message: 'Enter segment name.' },
      segment: [
        { queries: [undefined, { operator: { type: 'validate', message: 'Enter operator.' } }] },
      ],
    });
  });
});

describe('IncrementalRequest', () => {
  type Group = SegmentDraft['segment'][number];
  const group = (n: number): Group => ({
    condition: 'and',
    limit: 0,
    percent_from: 0,
    percent_to: 100,
    queries: Array.from({ length: n }, () => createQuery()),
  });
  const big = (): SegmentDraft => ({ ...draft(), segment: [group(3), group(2), group(4)] });
  const at = (d: SegmentDraft, g: number) => d.segment[g] as Group;

  // Each edit: the write, and the form path the editor reports for it.
  const edits: [string, (d: SegmentDraft) => void][] = [
    [
      'segment.1.queries.1.operator',
      (d) => void ((at(d, 1).queries[1] as { operator: string }).operator = ''),
    ],
    [
      'segment.1.queries.1.operator',
      (d) => void ((at(d, 1).queries[1] as { operator: string }).operator = 'eq'),
    ],
    ['segment.2.percent_from', (d) => void (at(d, 2).percent_from = 100)],
    ['name', (d) => void (d.name = '')],
    ['segment.2.percent_from', (d) => void (at(d, 2).percent_from = 10)],
    ['name', (d) => void (d.name = 'Back')],
    ['list_id', (d) => void (d.list_id = undefined)],
    ['list_id', (d) => void (d.list_id = 7)],
    ['segment.0.queries', (d) => void (at(d, 0).queries = [])],
    ['segment.0.queries', (d) => void at(d, 0).queries.push(createQuery())],
    ['segment', (d) => void d.segment.reverse()],
    ['segment', (d) => void d.segment.splice(1, 1)],
    ['kind', (d) => void (d.kind = 'static')],
    ['kind', (d) => void (d.kind = 'updatable')],
    ['segment.1.limit', (d) => void (at(d, 1).limit = -5)],
    ['segment', (d) => void (d.segment = [])],
  ];

  it('finds exactly what validating the whole request finds, edit after edit', () => {
    const d = big();
    const incremental = new IncrementalRequest();
    expect(incremental.build(d)).toEqual(validateDraft(d));
    for (const [path, edit] of edits) {
      edit(d);
      incremental.forget(path);
      const whole = validateDraft(d);
      expect(incremental.build(d), `after ${path}`).toEqual(whole);
    }
  });

  it('builds and validates only the changed group, sharing the others with the last request', () => {
    const d = big();
    const incremental = new IncrementalRequest();
    const first = incremental.build(d).request;
    // A write nobody reported stays unseen: the proof that groups are reused, not built again.
    (at(d, 0).queries[1] as { operator: string }).operator = '';
    (at(d, 2).queries[0] as { compo: string }).compo = '';
    incremental.forget('segment.2.queries.0.compo');
    const second = incremental.build(d);
    expect(second.request.segment?.[0]).toBe(first.segment?.[0]);
    expect(second.request.segment?.[1]).toBe(first.segment?.[1]);
    expect(second.request.segment?.[2]).not.toBe(first.segment?.[2]);
    expect(second.issues.map((i) => i.field)).toEqual(['segment.2.queries.0.compo']);
    incremental.forget('segment.0.queries.1.operator');
    expect(incremental.build(d).issues.map((i) => i.field)).toEqual([
      'segment.0.queries.1.operator',
      'segment.2.queries.0.compo',
    ]);
  });
});
