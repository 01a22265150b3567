import { describe, expect, it } from 'vitest';
import type { WireFormat } from '../segment';
import { createApiClient } from './client';
import { deleteSegment } from './delete-segment';
import { getDatabase } from './get-database';
import { getDatabaseFields } from './get-database-fields';
import { getSegment } from './get-segment';
import { listDatabases } from './list-databases';
import { listSegments } from './list-segments';
import { addSegment, saveSegment, updateSegment } from './save-segment';
import { recordingFetch, TOKEN, sharedTestSandbox } from '../../server/test-sandbox';

const sandbox = sharedTestSandbox();

const formats: [WireFormat, WireFormat][] = [
  ['json', 'json'],
  ['xml', 'xml'],
  ['json', 'xml'],
  ['xml', 'json'],
];

describe.each(formats)(
  'the API client with %s bodies and %s replies',
  (requestFormat, responseFormat) => {
    const setup = () => {
      const recorder = recordingFetch();
      const client = createApiClient({
        apiBase: sandbox.apiBase,
        requestFormat,
        responseFormat,
        token: TOKEN,
        fetch: recorder.fetch,
      });
      return { client, calls: recorder.calls };
    };

    it('lists segments page by page', async () => {
      const { client } = setup();
      const all = await listSegments(client);
      expect(all.items.length).toBeGreaterThan(3);
      expect(all.totalCount).toBe(all.items.length);
      expect(all.nextFromId).toBeUndefined();
      const first = await listSegments(client, { limit: 2 });
      expect(first.items.map((s) => s.id)).toEqual(all.items.slice(0, 2).map((s) => s.id));
      expect(first.nextFromId).toBe(all.items[2]?.id);
      const second = await listSegments(client, { fromId: first.nextFromId, limit: 2 });
      expect(second.items.map((s) => s.id)).toEqual(all.items.slice(2, 4).map((s) => s.id));
    });

    it('gets a segment with its rules, updates it and reads the change back', async () => {
      const { client } = setup();
      // Segment 3 of the demo data: dynamic, on database 5 (earlier runs of this test renamed it).
      const segment = await getSegment(client, 3);
      expect(segment.segment?.[0]?.queries.length).toBeGreaterThan(0);
      const name = `Renamed ${requestFormat}/${responseFormat} «ё» & <b>`;
      const savedId = await updateSegment(client, {
        id: segment.id,
        name,
        list_id: segment.list_id,
        is_static: false,
        segment: segment.segment,
      });
      expect(savedId).toBe(segment.id);
      const again = await getSegment(client, segment.id);
      expect(again.name).toBe(name);
      expect(again.segment).toEqual(segment.segment);
    });

    it('adds a segment, saves it again as an update, and deletes it', async () => {
      const { client } = setup();
      const request = { name: 'New static', list_id: 5, is_static: true, is_refresh_daily: false };
      const created = await saveSegment(client, request);
      expect(created.created).toBe(true);
      expect((await getSegment(client, created.savedId)).name).toBe('New static');
      const updated = await saveSegment(client, { ...request, id: created.savedId, name: 'Kept' });
      expect(updated).toEqual({ savedId: created.savedId, created: false });
      const other = await addSegment(client, { ...request, id: created.savedId });
      expect(other).not.toBe(created.savedId);
      await deleteSegment(client, created.savedId);
      await expect(getSegment(client, created.savedId)).rejects.toMatchObject({
        kind: 'api',
        code: 400,
      });
    });

    it('reads the databases, one database and its fields', async () => {
      const { client } = setup();
      const databases = await listDatabases(client);
      expect(databases.items.map((d) => d.id)).toEqual([5, 6]);
      expect((await getDatabase(client, 6)).name).toBe('Customers');
      const fields = await getDatabaseFields(client, 6);
      expect(fields).toContainEqual({ name: 'orders', title: 'Orders', type: 'int' });
    });

    it('posts to <apiBase>/<group>/<method>/ with the token in the body only', async () => {
      const { client, calls } = setup();
      await getSegment(client, 1);
      expect(calls).toHaveLength(1);
      const [call] = calls;
      expect(call?.url).toBe(`${sandbox.apiBase}/segments/get/`);
      expect(call?.url).not.toContain(TOKEN);
      expect(call?.headers['content-type']).toBe(`application/${requestFormat}; charset=utf-8`);
      expect(call?.headers.authorization).toBeUndefined();
      expect(call?.body).toContain(TOKEN);
      if (requestFormat === 'xml') {
        expect(call?.body).toContain(`<format>${responseFormat}</format>`);
      } else {
        expect(JSON.parse(call?.body ?? '')).toEqual({
          token: TOKEN,
          format: responseFormat,
          id: 1,
        });
      }
    });
  },
);

describe('the API token', () => {
  it('is sent only when held, and a refusal never quotes it', async () => {
    const recorder = recordingFetch();
    const client = createApiClient({ apiBase: sandbox.apiBase, fetch: recorder.fetch });
    expect(client.hasToken).toBe(false);
    await expect(getSegment(client, 1)).rejects.toMatchObject({ kind: 'api', code: 401 });
    expect(recorder.calls[0]?.body).not.toContain('token');
    client.setToken('wrong-token-123');
    const error = await getSegment(client, 1).catch((e: unknown) => e);
    expect(error).toMatchObject({
      kind: 'api',
      code: 401,
      message: 'Altcraft refused the request (error 401): Invalid API token.',
    });
    client.setToken(TOKEN);
    expect(client.hasToken).toBe(true);
    expect((await getSegment(client, 1)).id).toBe(1);
    expect(JSON.stringify(client)).not.toContain(TOKEN);
    for (const call of recorder.calls) expect(call.url).not.toMatch(/token/i);
  });
});
