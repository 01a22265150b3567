import { describe, expect, it } from 'vitest';
import { createQuery } from '../../segment';
import { changeQuery, fieldOptions, operatorOptions, valueModeOf } from './query-change';

describe('changeQuery', () => {
  // Regression: a new segment-membership condition started with segment 0, shown as if picked.
  it('gives a known rule its type, operator and parameters, still to be picked', () => {
    const q = changeQuery(createQuery(), 'compo', 'domaingroup');
    expect(q).toMatchObject({
      compo: 'domaingroup',
      name: 'email',
      type: 'email',
      operator: 'equal',
      value: [{ name: 'domaingroup', value: '' }],
    });
    const s = changeQuery(createQuery(), 'name', 'statseg');
    expect(s).toMatchObject({
      type: 'statseg',
      operator: 'once',
      value: [{ name: 'segment_id', value: '' }],
    });
  });

  it('sets the type of a standard field and keeps an operator that still applies', () => {
    const q = changeQuery({ ...createQuery(), operator: 'contains' }, 'name', '_city');
    expect(q).toMatchObject({
      type: 'string',
      operator: 'contains',
      value: [{ name: 'value', value: '' }],
    });
    expect(changeQuery(q, 'name', '_bdate')).toMatchObject({ type: 'date', operator: 'equal' });
  });

  it("offers the database's own fields and gives a picked one its type", () => {
    const custom = [{ name: 'visits', type: 'int' }];
    expect(fieldOptions('default', custom)).toContain('visits');
    expect(fieldOptions('dataurl', custom)).not.toContain('visits');
    expect(changeQuery(createQuery(), 'name', 'visits', custom)).toMatchObject({
      type: 'int',
      operator: 'equal',
      value: [{ name: 'value', value: '' }],
    });
  });

  it('leaves everything else as typed for an unknown source or field', () => {
    const base = { ...createQuery(), value: [{ name: 'x', value: 1 }] };
    expect(changeQuery(base, 'compo', 'custom')).toEqual({ ...base, compo: 'custom' });
  });

  it('keeps an operator code the catalogue does not know when the type changes (an unknown rule typed under API codes)', () => {
    const unknown = { ...createQuery(), compo: 'geo', name: 'radius', operator: 'within' };
    expect(changeQuery(unknown, 'type', 'geo').operator).toBe('within');
    expect(changeQuery({ ...createQuery(), operator: 'contains' }, 'type', 'int').operator).toBe(
      'equal',
    );
  });

  it('drops the value for an operator that takes none', () => {
    expect(changeQuery(createQuery(), 'operator', 'exists').value).toEqual([]);
    expect(valueModeOf(changeQuery(createQuery(), 'operator', 'exists'))).toEqual({ kind: 'none' });
  });

  it('offers the operators of the field type', () => {
    expect(operatorOptions({ compo: 'default', name: '_bdate', type: 'date' })).toContain('before');
    expect(operatorOptions({ compo: 'default', name: '_bdate', type: 'date' })).not.toContain(
      'contains',
    );
  });

  it('picks the value editor for the rule', () => {
    expect(valueModeOf(createQuery())).toEqual({ kind: 'single', editor: 'text' });
    expect(valueModeOf({ ...createQuery(), operator: 'in_list' })).toEqual({
      kind: 'single',
      editor: 'list',
    });
    expect(valueModeOf({ ...createQuery(), compo: 'x', value: [{ name: 'a', value: 1 }] })).toEqual(
      { kind: 'pairs' },
    );
  });
});
