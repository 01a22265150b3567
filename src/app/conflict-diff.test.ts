import { describe, expect, it } from 'vitest';
import type { Group, SegmentRequest } from '../segment';
import { comparedVersion, diffVersions, shortText, versionsDiffer } from './conflict-diff';

const group = (value: number | string, extra: Record<string, unknown> = {}): Group => ({
  list_id: 5,
  condition: 'and',
  limit: 0,
  percent_from: 0,
  percent_to: 100,
  queries: [
    {
      compo: 'default',
      name: 'visits',
      operator: 'greater',
      type: 'int',
      value: [{ name: 'value', value }],
      ...extra,
    },
  ],
});

const version = (name: string, segment?: Group[]): SegmentRequest => ({
  id: 3,
  list_id: 5,
  name,
  is_static: false,
  ...(segment ? { segment } : {}),
});

describe('the conflict diff', () => {
  it('finds no difference between a version sent and the same version read back with Altcraft read-back keys', () => {
    const sent = comparedVersion(version('A', [group(10)]));
    const readBack = comparedVersion(
      version('A', [
        group(10, { child: [], condition: 'and', object_path: 'p', object_type: 't' }),
      ]),
    );
    expect(versionsDiffer(sent, readBack)).toBe(false);
    expect(diffVersions(sent, readBack).differences).toEqual([]);
  });

  it('treats missing rules as no rules', () => {
    expect(versionsDiffer(comparedVersion(version('A')), comparedVersion(version('A', [])))).toBe(
      false,
    );
  });

  it('lists a changed name and a changed value with their paths and old and new values', () => {
    const { differences, more } = diffVersions(
      comparedVersion(version('A', [group(10)])),
      comparedVersion(version('B', [group(20)])),
    );
    expect(differences).toEqual([
      { path: 'name', before: '"A"', after: '"B"' },
      { path: 'segment[0].queries[0].value[0].value', before: '10', after: '20' },
    ]);
    expect(more).toBe(0);
  });

  it('lists added and removed groups and keys', () => {
    const before = comparedVersion(version('A', [group(1)]));
    const after = comparedVersion(version('A', [group(1, { note: 'x' }), group(2)]));
    const { differences } = diffVersions(before, after);
    expect(differences.map((d) => d.path)).toEqual(['segment[0].queries[0].note', 'segment[1]']);
    expect(differences[0]).toEqual({ path: 'segment[0].queries[0].note', after: '"x"' });
    expect(differences[1]?.before).toBeUndefined();
    expect(diffVersions(after, before).differences[1]).toMatchObject({
      path: 'segment[1]',
      before: expect.stringContaining('"limit":0') as unknown,
    });
  });

  it('caps the list and counts the rest', () => {
    const many = (n: number) =>
      comparedVersion(
        version(
          'A',
          Array.from({ length: 30 }, () => group(n)),
        ),
      );
    const { differences, more } = diffVersions(many(1), many(2), 10);
    expect(differences).toHaveLength(10);
    expect(more).toBe(20);
  });

  it('cuts long values', () => {
    expect(shortText('x'.repeat(200))).toHaveLength(80);
    expect(shortText('x'.repeat(200)).endsWith('…')).toBe(true);
  });
});
