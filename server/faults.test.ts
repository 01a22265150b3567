import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { envelopeSchema, getSegmentResponseSchema, parseResponse } from '../src/segment';
import { startSandbox, type RunningSandbox } from './sandbox';
import { callApi, callParsed, tempDir } from './testing';

let sandbox: RunningSandbox;
let cleanup: () => Promise<void>;
const token = 'sandbox';

beforeAll(async () => {
  const temp = await tempDir();
  cleanup = temp.cleanup;
  sandbox = await startSandbox({ dataFile: temp.file, faults: true });
});
afterAll(async () => {
  await sandbox.close();
  await cleanup();
});
beforeEach(async () => {
  await fetch(`${sandbox.url}/__sandbox/faults`, { method: 'DELETE' });
});

const arm = async (fault: Record<string, unknown>) => {
  const response = await fetch(`${sandbox.url}/__sandbox/faults`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(fault),
  });
  expect(response.status).toBe(200);
};
const get = (id = 14) => callApi(sandbox.url, 'segments/get', { token, id });
const expectNormal = async () => {
  const { status, text } = await get();
  expect(status).toBe(200);
  expect(envelopeSchema.parse(JSON.parse(text)).error).toBe(0);
};

describe('fault injection', () => {
  it('answers HTTP 500 for the next N requests, then normally', async () => {
    await arm({ mode: 'http500', count: 2 });
    expect((await get()).status).toBe(500);
    expect((await get()).status).toBe(500);
    await expectNormal();
  });

  it('answers an HTML error page', async () => {
    await arm({ mode: 'html', count: 1 });
    const { status, text, headers } = await get();
    expect(status).toBe(502);
    expect(headers.get('content-type')).toMatch(/^text\/html/);
    expect(text).toMatch(/^<!doctype html>/i);
    await expectNormal();
  });

  it('holds a reply past the client’s timeout, and still applies it', async () => {
    await arm({ mode: 'slow', count: 1, delayMs: 1500, paths: ['segments/update'] });
    const saving = fetch(`${sandbox.url}/api/v1.1/segments/update/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        token,
        id: 1,
        list_id: 5,
        name: 'Saved slowly',
        is_static: true,
        is_refresh_daily: false,
      }),
      signal: AbortSignal.timeout(200),
    });
    await expect(saving).rejects.toThrow(/timeout|abort/i);
    await expect
      .poll(
        async () =>
          (
            await callParsed(
              sandbox.url,
              'segments/get',
              { token, id: 1 },
              getSegmentResponseSchema,
            )
          ).reply.data.name,
        {
          timeout: 5000,
        },
      )
      .toBe('Saved slowly');
  });

  it('drops the connection', async () => {
    await arm({ mode: 'drop', count: 1 });
    await expect(get()).rejects.toThrow(/fetch failed|socket|terminated/i);
    await expectNormal();
  });

  it('answers malformed JSON', async () => {
    await arm({ mode: 'malformed', count: 1 });
    const { status, text } = await get();
    expect(status).toBe(200);
    expect(() => parseResponse(text)).toThrow(/^JSON /);
  });

  it('answers error != 0 in the requested format', async () => {
    await arm({ mode: 'api-error', count: 1, error: 403, errorText: 'Access denied' });
    const { status, text } = await callApi(
      sandbox.url,
      'segments/get',
      { token, id: 14 },
      { format: 'xml' },
    );
    expect(status).toBe(200);
    expect(parseResponse(text, envelopeSchema, 'xml')).toMatchObject({
      error: 403,
      error_text: 'Access denied',
    });
  });

  it('affects only the methods in paths', async () => {
    await arm({ mode: 'http500', count: 1, paths: ['segments/update'] });
    await expectNormal();
    const { status } = await callApi(sandbox.url, 'segments/update', {
      token,
      id: 1,
      list_id: 5,
      name: 'x',
      is_static: true,
    });
    expect(status).toBe(500);
  });

  it('is cleared by DELETE', async () => {
    await arm({ mode: 'http500', count: 5 });
    await fetch(`${sandbox.url}/__sandbox/faults`, { method: 'DELETE' });
    await expectNormal();
  });

  it('refuses an unknown mode', async () => {
    const response = await fetch(`${sandbox.url}/__sandbox/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ mode: 'explode' }),
    });
    expect(response.status).toBe(400);
  });

  it('restores the demo data on reset', async () => {
    await callApi(sandbox.url, 'segments/delete', { token, id: 14 });
    expect(JSON.parse((await get()).text)).toMatchObject({ error: 400 });
    expect((await fetch(`${sandbox.url}/__sandbox/reset`, { method: 'POST' })).status).toBe(200);
    await expectNormal();
  });
});

it('has no control endpoints without SANDBOX_FAULTS', async () => {
  const temp = await tempDir();
  const plain = await startSandbox({ dataFile: temp.file });
  try {
    expect(
      (
        await fetch(`${plain.url}/__sandbox/faults`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: '{"mode":"drop"}',
        })
      ).status,
    ).toBe(404);
    expect((await fetch(`${plain.url}/__sandbox/reset`, { method: 'POST' })).status).toBe(404);
    expect(await (await fetch(`${plain.url}/healthz`)).text()).toBe('ok');
  } finally {
    await plain.close();
    await temp.cleanup();
  }
});
