import { readFile, writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { kindOf, parseRequest, savedResponseSchema } from '../src/segment';
import { readFixture } from '../src/segment/fixtures';
import { ApiRefusal } from './envelope';
import { startSandbox, SandboxDataError, SandboxStore } from './sandbox';
import { callParsed, tempDir } from './testing';

let temp: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => {
  temp = await tempDir();
});
afterEach(async () => {
  await temp.cleanup();
});

describe('SandboxStore', () => {
  it('creates a missing file with demo data: two databases and segments of all three kinds', async () => {
    const store = await SandboxStore.open(temp.file);
    const onDisk = JSON.parse(await readFile(temp.file, 'utf8')) as typeof store.data;
    expect(onDisk).toEqual(store.data);
    expect(store.data.databases).toHaveLength(2);
    const types = new Set(store.data.databases.flatMap((d) => d.fields.map((f) => f.type)));
    for (const type of ['email', 'int', 'float', 'string', 'date', 'tags'])
      expect(types).toContain(type);
    expect(new Set(store.data.segments.map(kindOf))).toEqual(
      new Set(['static', 'dynamic', 'updatable']),
    );
    expect(store.data.segments.length).toBeGreaterThanOrEqual(8);
    const multi = store.data.segments.find((s) => (s.segment?.length ?? 0) > 1);
    expect(multi?.segment?.some((g) => g.queries.some((q) => q.value.length > 1))).toBe(true);
  });

  it('refuses a corrupt file with its path and leaves it untouched', async () => {
    for (const text of [
      '{"version": 1, "segm',
      '{"version": 1, "next_segment_id": 1, "databases": [], "segments": [{}]}',
    ]) {
      await writeFile(temp.file, text);
      const opening = SandboxStore.open(temp.file);
      await expect(opening).rejects.toThrow(SandboxDataError);
      await expect(opening).rejects.toThrow(temp.file);
      expect(await readFile(temp.file, 'utf8')).toBe(text);
    }
    await expect(startSandbox({ dataFile: temp.file })).rejects.toThrow(/left untouched/);
  });

  it('writes what it acknowledged, and a refused change neither lands nor stalls the queue', async () => {
    const store = await SandboxStore.open(temp.file);
    const refused = store.mutate((draft) => {
      draft.next_segment_id = 1000;
      throw new ApiRefusal(400, 'no');
    });
    const accepted = store.mutate((draft) => {
      draft.next_segment_id += 1;
      return draft.next_segment_id;
    });
    await expect(refused).rejects.toThrow('no');
    expect(await accepted).toBe(33);
    // Regression: a batch of refused changes only once left the queue waiting forever.
    await expect(
      store.mutate(() => {
        throw new ApiRefusal(400, 'again');
      }),
    ).rejects.toThrow('again');
    expect(await store.mutate((draft) => draft.next_segment_id)).toBe(33);
    const reopened = await SandboxStore.open(temp.file);
    expect(reopened.data.next_segment_id).toBe(33);
  });
});

describe('the sandbox under concurrent saves', () => {
  it('keeps all of 200 concurrent updates of different segments', async () => {
    let ids: number[];
    const sandbox = await startSandbox({ dataFile: temp.file });
    try {
      const { token: _t, id: _id, ...base } = parseRequest(readFixture('dynamic', 'json'), 'json');
      ids = await Promise.all(
        Array.from({ length: 200 }, async (_, i) => {
          const { reply } = await callParsed(
            sandbox.url,
            'segments/add',
            { ...base, name: `new ${i}`, token: 'sandbox' },
            savedResponseSchema,
          );
          return reply.data.saved_id;
        }),
      );
      expect(new Set(ids).size).toBe(200);
      const replies = await Promise.all(
        ids.map((id, i) =>
          callParsed(
            sandbox.url,
            'segments/update',
            { ...base, id, name: `updated ${i}`, token: 'sandbox' },
            savedResponseSchema,
            {
              format: i % 2 ? 'xml' : 'json',
            },
          ),
        ),
      );
      expect(replies.map((r) => r.reply.data.saved_id)).toEqual(ids);
    } finally {
      await sandbox.close();
    }
    const reopened = await SandboxStore.open(temp.file);
    const names = new Map(reopened.data.segments.map((s) => [s.id, s.name]));
    expect(ids.map((id) => names.get(id))).toEqual(ids.map((_, i) => `updated ${i}`));
  });
});
