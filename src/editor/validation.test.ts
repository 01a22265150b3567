import { describe, expect, it } from 'vitest';
import { createQuery } from '../segment';
import type { SegmentDraft } from './draft';
import { errorsOf, validateDraft, validateFields } from './validation';

const draft = (): SegmentDraft => ({
  id: 14,
  list_id: 6,
  name: 'S',
  kind: 'dynamic',
  segment: [{ condition: 'and', limit: 0, percent_from: 0, percent_to: 100, queries: [createQuery()] }],
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
        ['segment.0.percent_to', expect.stringContaining('"from" (50) must be less than "to" (40)')],
      ]),
    );
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
    expect(validateFields(d, ['list_id']).map((i) => i.message)).toEqual(['A static segment needs its database (list_id).']);
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
      { path: 'segment[0].queries[1].operator', field: 'segment.0.queries.1.operator', message: 'Enter operator.' },
      { path: 'segment[0].queries', field: 'segment.0.queries', message: 'Add at least one condition to this group.' },
    ]);
    expect(errors).toEqual({
      name: { type: 'validate', message: 'Enter segment name.' },
      segment: [{ queries: [undefined, { operator: { type: 'validate', message: 'Enter operator.' } }] }],
    });
  });
});
