import { Hono } from 'hono';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  envelopeSchema,
  getSegmentResponseSchema,
  parseRequest,
  parseResponse,
  responseFormats,
  savedResponseSchema,
} from '../src/segment';
import { readFixture } from '../src/segment/fixtures';
import { createApi } from './api';
import { createSandboxApp } from './sandbox-app';
import { SandboxStore } from './store';
import { callApi, callParsed, listen, tempDir } from './testing';
import { setXmlToken } from './token-edit';

/*
 * The proxy against a second sandbox playing the real Altcraft, with a token the browser never has.
 * The upstream records what reaches it.
 */

const REAL = 'real-altcraft-token';
const BROWSER = 'browser-held-token';

let upstream: { url: string; close: () => Promise<void> };
let proxy: { url: string; close: () => Promise<void> };
let cleanup: () => Promise<void>;
const seen: { body: string; authorization: string | undefined }[] = [];

beforeAll(async () => {
  const temp = await tempDir();
  cleanup = temp.cleanup;
  const recorder = new Hono();
  recorder.use('*', async (c, next) => {
    seen.push({ body: await c.req.text(), authorization: c.req.header('authorization') });
    await next();
  });
  recorder.route(
    '/',
    createSandboxApp({ store: await SandboxStore.open(temp.file), token: REAL, faults: true }),
  );
  upstream = await listen(recorder);
  const api = await createApi({
    api: { mode: 'proxy', url: `${upstream.url}/`, token: REAL, timeoutMs: 500 },
    allowedOrigins: [],
  });
  proxy = await listen(api.app);
});
afterAll(async () => {
  await proxy.close();
  await upstream.close();
  await cleanup();
});
beforeEach(async () => {
  await fetch(`${upstream.url}/__sandbox/faults`, { method: 'DELETE' });
  seen.length = 0;
});

const neverTheBrowserToken = () => {
  expect(seen.length).toBeGreaterThan(0);
  for (const request of seen) {
    expect(request.body).not.toContain(BROWSER);
    expect(request.authorization ?? '').not.toContain(BROWSER);
  }
};

describe.each(responseFormats)('the proxy, in %s,', (format) => {
  it('replaces the browser’s token with the server’s, in the body and the header', async () => {
    const { token: _t, ...request } = parseRequest(readFixture('updatable', format), format);
    const saved = await callParsed(
      proxy.url,
      'segments/update',
      { ...request, token: BROWSER },
      savedResponseSchema,
      {
        format,
        bearer: BROWSER,
      },
    );
    expect(saved.reply.data.saved_id).toBe(28);
    neverTheBrowserToken();
    expect(seen[0]?.body).toContain(REAL);
    expect(seen[0]?.authorization).toBe(`Bearer ${REAL}`);
  });

  it('adds the token when the browser sends none, and passes Altcraft’s reply through', async () => {
    const got = await callParsed(proxy.url, 'segments/get', { id: 31 }, getSegmentResponseSchema, {
      format,
    });
    expect(got.reply.data.segment).toHaveLength(2);
    expect(seen[0]?.body).toContain(REAL);
  });

  it('passes Altcraft’s refusals through unchanged', async () => {
    const { reply } = await callParsed(
      proxy.url,
      'segments/get',
      { id: 999, token: BROWSER },
      envelopeSchema,
      { format },
    );
    expect(reply).toMatchObject({ error: 400, error_text: 'Segment 999 not found.' });
    neverTheBrowserToken();
  });

  it('answers 504 in the envelope when Altcraft is slower than the timeout', async () => {
    await fetch(`${upstream.url}/__sandbox/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ mode: 'slow', count: 1, delayMs: 3000 }),
    });
    const { status, text } = await callApi(proxy.url, 'segments/get', { id: 14 }, { format });
    expect(status).toBe(504);
    expect(parseResponse(text, envelopeSchema, format)).toMatchObject({ error: 504 });
    expect(text).toMatch(/did not answer within 0.5 s/);
  });
});

it('passes the browser’s token through when the server has none', async () => {
  const api = await createApi({
    api: { mode: 'proxy', url: upstream.url, token: undefined, timeoutMs: 2000 },
    allowedOrigins: [],
  });
  const open = await listen(api.app);
  try {
    expect(api.appConfig).toEqual({ allowedOrigins: [], tokenInjected: false, mode: 'proxy' });
    const wrong = await callParsed(
      open.url,
      'segments/get',
      { id: 14, token: BROWSER },
      envelopeSchema,
    );
    expect(wrong.reply.error).toBe(401);
    const right = await callParsed(open.url, 'segments/get', { id: 14 }, envelopeSchema, {
      bearer: REAL,
    });
    expect(right.reply.error).toBe(0);
  } finally {
    await open.close();
  }
});

it('answers 502 in the envelope when Altcraft cannot be reached', async () => {
  const gone = await listen(new Hono());
  await gone.close();
  const api = await createApi({
    api: { mode: 'proxy', url: gone.url, token: REAL, timeoutMs: 2000 },
    allowedOrigins: [],
  });
  const open = await listen(api.app);
  try {
    const { status, text } = await callApi(open.url, 'segments/get', { id: 14, token: BROWSER });
    expect(status).toBe(502);
    expect(envelopeSchema.parse(JSON.parse(text)).error).toBe(502);
    expect(text).not.toContain(BROWSER);
  } finally {
    await open.close();
  }
});

describe('setXmlToken', () => {
  it('replaces only the root’s token, ignoring comments and nested elements', () => {
    const xml =
      '<?xml version="1.0"?>\n<xml><token>old</token><!-- <token>c</token> --><q><token>keep</token></q><token/></xml>';
    const out = setXmlToken(xml, 'a&b<c');
    expect(out).toBe(
      '<?xml version="1.0"?>\n<xml>\n<token>a&amp;b&lt;c</token><!-- <token>c</token> --><q><token>keep</token></q></xml>',
    );
  });

  it('opens an empty root and refuses a foreign root or a DOCTYPE', () => {
    expect(setXmlToken('<xml/>', 't')).toBe('<xml><token>t</token></xml>');
    expect(() => setXmlToken('<request><token>x</token></request>', 't')).toThrow(/root/);
    expect(() => setXmlToken('<!DOCTYPE x [<!ENTITY a "b">]><xml/>', 't')).toThrow(/DOCTYPE/);
  });
});
