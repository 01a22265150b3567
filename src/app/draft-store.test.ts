import { describe, expect, it } from 'vitest';
import type { SegmentRequest } from '../segment';
import {
  baselineOf,
  draftKey,
  readDraft,
  removeDraft,
  sameRequest,
  syncDraft,
  writeDraft,
} from './draft-store';

/** A Storage kept in a Map; `full` makes every write fail as a full quota does. */
function memoryStorage(full = false): Storage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (index) => [...map.keys()][index] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => {
      if (full) throw new DOMException('quota', 'QuotaExceededError');
      map.set(key, value);
    },
  };
}

const request: SegmentRequest = {
  id: 14,
  list_id: 5,
  name: 'Frequent visitors',
  is_static: false,
  segment: [
    {
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
          value: [{ name: 'value', value: 10 }],
        },
      ],
    },
  ],
};

describe('the draft store', () => {
  it('keys drafts by segment, or by database for a new segment', () => {
    expect(draftKey({ segmentId: 14 })).toBe('segment-editor:draft:14');
    expect(draftKey({ listId: 5 })).toBe('segment-editor:draft:new:5');
  });

  it('writes and reads a draft back with the time it was written', () => {
    const storage = memoryStorage();
    expect(writeDraft('k', request, 1234, storage)).toBe(true);
    expect(readDraft('k', storage)).toEqual({ savedAt: 1234, request });
  });

  it('never stores the token', () => {
    const storage = memoryStorage();
    writeDraft('k', { ...request, token: 'secret-token-123', format: 'xml' }, 1, storage);
    expect(storage.map.get('k')).not.toContain('secret-token-123');
    expect(readDraft('k', storage)?.request).toEqual(request);
  });

  it('keeps an invalid draft as typed (an empty name, text in a number field)', () => {
    const storage = memoryStorage();
    const invalid = { ...request, name: '', list_id: 'abc' } as unknown as SegmentRequest;
    writeDraft('k', invalid, 1, storage);
    expect(readDraft('k', storage)?.request).toEqual(invalid);
  });

  it('ignores what it did not write: missing, not JSON, another shape', () => {
    const storage = memoryStorage();
    expect(readDraft('missing', storage)).toBeNull();
    storage.setItem('a', '{not json');
    storage.setItem(
      'b',
      JSON.stringify({
        v: 1,
        savedAt: 1,
        request: { name: 'x', is_static: false, segment: 'nope' },
      }),
    );
    storage.setItem('c', JSON.stringify({ v: 2, savedAt: 1, request }));
    for (const key of ['a', 'b', 'c']) expect(readDraft(key, storage)).toBeNull();
  });

  it('reports a full storage instead of throwing', () => {
    expect(writeDraft('k', request, 1, memoryStorage(true))).toBe(false);
  });

  it('removes a draft', () => {
    const storage = memoryStorage();
    writeDraft('k', request, 1, storage);
    removeDraft('k', storage);
    expect(readDraft('k', storage)).toBeNull();
  });

  it('removes the draft when the request is back to what was loaded, whatever the key order', () => {
    const storage = memoryStorage();
    const baseline = baselineOf(request);
    const changed = { ...request, name: 'Changed' };
    expect(syncDraft('k', changed, baseline, 1, storage)).toBe('written');
    expect(readDraft('k', storage)?.request.name).toBe('Changed');
    const reordered = {
      segment: request.segment,
      name: request.name,
      is_static: false,
      list_id: 5,
      id: 14,
    } as SegmentRequest;
    expect(syncDraft('k', reordered, baseline, 2, storage)).toBe('removed');
    expect(storage.map.size).toBe(0);
  });

  it('compares requests without token and format', () => {
    expect(sameRequest(request, { ...request, token: 't', format: 'xml' })).toBe(true);
    expect(sameRequest(request, { ...request, name: 'Other' })).toBe(false);
  });
});
