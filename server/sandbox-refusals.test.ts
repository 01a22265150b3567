import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  envelopeSchema,
  getSegmentResponseSchema,
  parseRequest,
  parseResponse,
  responseFormats,
  serializeRequest,
} from '../src/segment';
import { readFixture } from '../src/segment/fixtures';
import { startSandbox, type RunningSandbox } from './sandbox';
import { callApi, callParsed, tempDir } from './testing';

let sandbox: RunningSandbox;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const temp = await tempDir();
  cleanup = temp.cleanup;
  sandbox = await startSandbox({ dataFile: temp.file, token: 'secret-token' });
});
afterAll(async () => {
  await sandbox.close();
  await cleanup();
});

const token = 'secret-token';
const dynamic = () => {
  const { token: _t, ...request } = parseRequest(readFixture('dynamic', 'json'), 'json');
  return request;
};

function codecMessage(text: string): string {
  try {
    parseRequest(text, 'json');
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the model to refuse the request');
}

describe.each(responseFormats)('the sandbox refuses, in %s,', (format) => {
  const call = (method: string, body: Record<string, unknown>, bearer?: string) =>
    callParsed(sandbox.url, method, body, envelopeSchema, {
      format,
      ...(bearer ? { bearer } : {}),
    });

  it('a request without a token with error 401 and HTTP 200', async () => {
    const { status, reply } = await call('segments/get', { id: 14 });
    expect(status).toBe(200);
    expect(reply.error).toBe(401);
    expect(reply.error_text).toMatch(/API token required/);
  });

  it('a wrong token, in the body or as Bearer, and never echoes it', async () => {
    for (const reply of [
      (await call('segments/update', { ...dynamic(), token: 'wrong-token' })).reply,
      (await call('databases/list', {}, 'wrong-token')).reply,
    ]) {
      expect(reply).toMatchObject({ error: 401, error_text: 'Invalid API token.' });
      expect(JSON.stringify(reply)).not.toContain('wrong-token');
    }
  });

  it('an invalid request with the model’s own message', async () => {
    const request = dynamic();
    const bad = {
      ...request,
      segment: [{ ...request.segment?.[0], percent_from: 60, percent_to: 40 }],
    };
    const { status, reply } = await call('segments/update', { ...bad, token });
    expect(status).toBe(200);
    expect(reply.error).toBe(400);
    expect(reply.error_text).toBe(codecMessage(JSON.stringify(bad)));
    expect(reply.error_text).toMatch(/^segment\[0\]\.percent_to: /);
  });

  it('an unreadable body with the codec’s syntax error', async () => {
    const body = format === 'xml' ? '<xml><id>14</id>' : '{"id": 14,';
    const response = await fetch(`${sandbox.url}/api/v1.1/segments/get/`, {
      method: 'POST',
      headers: { 'Content-Type': `application/${format}`, Authorization: `Bearer ${token}` },
      body,
    });
    const reply = envelopeSchema.parse(JSON.parse(await response.text()));
    expect(reply.error).toBe(400);
    expect(reply.error_text).toMatch(format === 'xml' ? /^XML line 1/ : /^JSON /);
  });

  it('an unknown segment', async () => {
    expect((await call('segments/get', { token, id: 999 })).reply).toMatchObject({
      error: 400,
      error_text: 'Segment 999 not found.',
    });
    expect((await call('segments/update', { ...dynamic(), id: 999, token })).reply).toMatchObject({
      error: 400,
      error_text: 'Segment 999 not found.',
    });
    expect((await call('segments/delete', { token, id: 999 })).reply).toMatchObject({ error: 400 });
  });

  it('an unknown database', async () => {
    const { id: _id, ...request } = dynamic();
    const elsewhere = {
      ...request,
      list_id: 77,
      segment: request.segment?.map((g) => ({ ...g, list_id: 77 })),
    };
    expect((await call('segments/add', { ...elsewhere, token })).reply).toMatchObject({
      error: 400,
      error_text: 'Database 77 not found.',
    });
    expect((await call('databases/get', { token, id: 77 })).reply).toMatchObject({
      error: 400,
      error_text: 'Database 77 not found.',
    });
    expect((await call('databases/fields_get', { token, id: 77 })).reply).toMatchObject({
      error: 400,
    });
  });

  it('an update that moves a segment to another database, and keeps the segment as it was', async () => {
    const request = dynamic();
    const moved = {
      ...request,
      list_id: 5,
      segment: request.segment?.map((g) => ({ ...g, list_id: 5 })),
    };
    const { reply } = await call('segments/update', { ...moved, token });
    expect(reply.error).toBe(400);
    expect(reply.error_text).toBe(
      'The database of a segment cannot be changed: segment 14 is on database 6, the request names database 5.',
    );
    const got = await callParsed(
      sandbox.url,
      'segments/get',
      { token, id: 14 },
      getSegmentResponseSchema,
      { format },
    );
    expect(got.reply.data.list_id).toBe(6);
  });

  it('an update without an id, and a get without one', async () => {
    const { id: _id, ...request } = dynamic();
    expect((await call('segments/update', { ...request, token })).reply.error_text).toMatch(
      /^id: /,
    );
    expect((await call('segments/get', { token })).reply).toMatchObject({
      error: 400,
      error_text: 'id: The segment ID (id) is required.',
    });
  });

  it('an unknown method with HTTP 404 in the envelope', async () => {
    const { status, text } = await callApi(
      sandbox.url,
      'segments/frobnicate',
      { token },
      { format },
    );
    expect(status).toBe(404);
    expect(parseResponse(text, envelopeSchema, format).error).toBe(404);
  });
});

it('answers a refused XML request in XML when it asks for it', async () => {
  const text = serializeRequest({ ...dynamic(), format: 'xml', name: '' }, 'xml');
  const response = await fetch(`${sandbox.url}/api/v1.1/segments/update/`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/xml', Authorization: `Bearer ${token}` },
    body: text,
  });
  expect(response.headers.get('content-type')).toMatch(/^application\/xml/);
  expect(await response.text()).toMatch(/<error>400<\/error>\s*<error_text>name: /);
});
