import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  databaseListResponseSchema,
  fieldsResponseSchema,
  getSegmentResponseSchema,
  parseRequest,
  responseFormats,
  savedResponseSchema,
  segmentListResponseSchema,
  databaseGetResponseSchema,
  envelopeSchema,
} from '../src/segment';
import { readFixture } from '../src/segment/fixtures';
import { startSandbox, type RunningSandbox } from './sandbox';
import { callApi, callParsed, tempDir } from './testing';

let sandbox: RunningSandbox;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const temp = await tempDir();
  cleanup = temp.cleanup;
  sandbox = await startSandbox({ dataFile: temp.file });
});
afterAll(async () => {
  await sandbox.close();
  await cleanup();
});

const token = 'sandbox';

describe.each(responseFormats)('the sandbox API in %s', (format) => {
  it('accepts the seed requests and reads them back equal to what was sent', async () => {
    for (const name of ['static', 'dynamic', 'updatable'] as const) {
      const { token: _t, ...request } = parseRequest(readFixture(name, format), format);
      const sent = { ...request, name: `${request.name} (${format})` };
      const saved = await callParsed(
        sandbox.url,
        'segments/update',
        { ...sent, token },
        savedResponseSchema,
        { format },
      );
      expect(saved.reply.data.saved_id).toBe(request.id);
      const got = await callParsed(
        sandbox.url,
        'segments/get',
        { token, id: request.id },
        getSegmentResponseSchema,
        { format },
      );
      const { count: _c, description: _d, ...readBack } = got.reply.data;
      expect(readBack).toEqual(sent);
    }
  });

  it('adds a segment, lists it and deletes it', async () => {
    const {
      token: _t,
      id: _id,
      ...request
    } = parseRequest(readFixture('multi-group', format), format);
    const added = await callParsed(
      sandbox.url,
      'segments/add',
      { ...request, token },
      savedResponseSchema,
      { format },
    );
    const id = added.reply.data.saved_id;
    const got = await callParsed(
      sandbox.url,
      'segments/get',
      { token, id },
      getSegmentResponseSchema,
      { format },
    );
    expect(got.reply.data).toMatchObject({
      id,
      name: request.name,
      list_id: 6,
      segment: request.segment,
    });
    const list = await callParsed(
      sandbox.url,
      'segments/list',
      { token },
      segmentListResponseSchema,
      { format },
    );
    expect(list.reply.data.map((s) => s.id)).toContain(id);
    const deleted = await callParsed(
      sandbox.url,
      'segments/delete',
      { token, id },
      envelopeSchema,
      { format },
    );
    expect(deleted.reply.error).toBe(0);
    const gone = await callParsed(sandbox.url, 'segments/get', { token, id }, envelopeSchema, {
      format,
    });
    expect(gone.reply).toMatchObject({ error: 400, error_text: `Segment ${id} not found.` });
  });

  it('pages segments/list with from_id and limit, paging fields beside data', async () => {
    const first = await callParsed(
      sandbox.url,
      'segments/list',
      { token, limit: 3 },
      segmentListResponseSchema,
      { format },
    );
    expect(first.reply.data).toHaveLength(3);
    expect(first.reply.total_count).toBeGreaterThanOrEqual(8);
    const nextFrom = first.reply.next_from_id;
    expect(nextFrom).toBeGreaterThan(first.reply.data[2]?.id ?? Infinity);
    const all = [...first.reply.data];
    let from = nextFrom;
    while (from !== undefined) {
      const next = await callParsed(
        sandbox.url,
        'segments/list',
        { token, from_id: from, limit: 3 },
        segmentListResponseSchema,
        { format },
      );
      all.push(...next.reply.data);
      from = next.reply.next_from_id;
    }
    expect(all).toHaveLength(first.reply.total_count ?? -1);
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
  });

  it('lists and describes the databases and their fields', async () => {
    const list = await callParsed(
      sandbox.url,
      'databases/list',
      { token },
      databaseListResponseSchema,
      { format },
    );
    expect(list.reply.data.map((d) => d.id)).toEqual([5, 6]);
    expect(list.reply.total_count).toBe(2);
    const db = await callParsed(
      sandbox.url,
      'databases/get',
      { token, id: 6 },
      databaseGetResponseSchema,
      { format },
    );
    expect(db.reply.data).toMatchObject({ id: 6, name: 'Customers' });
    const fields = await callParsed(
      sandbox.url,
      'databases/fields_get',
      { token, id: 6 },
      fieldsResponseSchema,
      { format },
    );
    const types = new Map(fields.reply.data.map((f) => [f.name, f.type]));
    expect(types.get('email')).toBe('email');
    expect([...types.values()]).toEqual(
      expect.arrayContaining(['int', 'float', 'string', 'date', 'tags']),
    );
  });

  it('answers with and without the trailing slash, and with the token as Bearer', async () => {
    const plain = await callParsed(
      sandbox.url,
      'databases/get',
      { id: 5 },
      databaseGetResponseSchema,
      { format, slash: false, bearer: token },
    );
    expect(plain.reply.data.id).toBe(5);
  });

  it('refuses a body without Content-Type (a cross-site form or no-cors fetch sends none or text/plain)', async () => {
    const { status, text } = await callApi(
      sandbox.url,
      'databases/get',
      { token, id: 5 },
      { format, contentType: null },
    );
    expect(status).toBe(415);
    expect(text).toContain('application/json or application/xml');
  });
});
