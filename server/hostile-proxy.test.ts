import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { envelopeSchema, parseResponse } from '../src/segment';
import { createApi } from './api';
import { DEFAULT_UPSTREAM_TIMEOUT_MS } from './config';
import { createServerApp } from './server-app';
import { fakeUpstream, listen, tempDir } from './testing';

/*
 * Issue 12, tried as a hostile client would: the production server in proxy mode, in front of a fake
 * Altcraft that records every request reaching it. Each "finding N" was reproduced on the code
 * before the gateway; the tests fail there and pass now.
 */

const REAL = 'real-altcraft-token-3e1d';
const PORTAL = 'http://portal.example';
const EVIL = 'http://evil.example';

let upstream: Awaited<ReturnType<typeof fakeUpstream>>;
let server: { url: string; close: () => Promise<void> };
let temp: Awaited<ReturnType<typeof tempDir>>;

beforeAll(async () => {
  temp = await tempDir();
  upstream = await fakeUpstream();
  const api = await createApi({
    api: { mode: 'proxy', url: upstream.url, token: REAL, timeoutMs: 2000 },
    allowedOrigins: [PORTAL],
  });
  server = await listen(createServerApp({ api, distDir: temp.dir, allowedOrigins: [PORTAL] }));
});
afterAll(async () => {
  await server.close();
  await upstream.close();
  await temp.cleanup();
});
beforeEach(() => {
  upstream.seen.length = 0;
  upstream.answer((_request, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end('{"error":0,"error_text":"Successful operation","data":{"saved_id":1}}');
  });
});

const json = { 'Content-Type': 'application/json' };
const send = (path: string, init: RequestInit = {}) =>
  fetch(`${server.url}${path}`, { method: 'POST', headers: json, body: '{"id":1}', ...init });
const envelopeOf = async (response: Response) =>
  parseResponse(await response.text(), envelopeSchema, 'json');

describe('finding 1: the proxy is an allow-list, not an open relay', () => {
  const outside = [
    '/api/v1.1/profiles/delete/',
    '/api/v1.1/campaigns/send',
    '/api/v1.1/..%2f..%2fadmin',
    '/api/v1.1//evil.com/x',
    '/api/v1.1/segments%2fget/',
    '/api/v1.1/Segments/Get/',
    '/api/v1.1/segments/get/extra',
    '/api/v1.1',
  ];
  it.each(outside)('answers %s with a 404 envelope that never reaches Altcraft', async (path) => {
    const response = await send(path);
    expect(response.status).toBe(404);
    expect((await envelopeOf(response)).error).toBe(404);
    expect(upstream.seen).toEqual([]);
  });

  it.each(['GET', 'DELETE', 'PUT', 'PATCH'])(
    'answers %s to an allowed method with 404, unforwarded',
    async (method) => {
      const response = await fetch(`${server.url}/api/v1.1/segments/delete/`, {
        method,
        ...(method === 'GET' ? {} : { headers: json, body: '{"id":1}' }),
      });
      expect(response.status).toBe(404);
      expect(upstream.seen).toEqual([]);
    },
  );

  it('answers no preflight for a foreign origin, and never forwards one', async () => {
    const response = await send('/api/v1.1/segments/delete/', {
      method: 'OPTIONS',
      body: null,
      headers: { Origin: EVIL, 'Access-Control-Request-Method': 'POST' },
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(upstream.seen).toEqual([]);
  });

  it('forwards an allowed method to its canonical path, without the query string', async () => {
    const response = await send('/api/v1.1/segments/get?format=xml&token=x&TOKEN=y');
    expect(response.status).toBe(200);
    expect(upstream.seen.map((r) => [r.method, r.url])).toEqual([
      ['POST', '/api/v1.1/segments/get/'],
    ]);
  });
});

describe('finding 2: another site cannot drive the proxy', () => {
  const attempts: [string, Record<string, string>, string][] = [
    ['a no-cors text/plain fetch', { 'Content-Type': 'text/plain', Origin: EVIL }, '{"id":1}'],
    [
      'a form-encoded post',
      { 'Content-Type': 'application/x-www-form-urlencoded', Origin: EVIL },
      'id=1',
    ],
    ['a JSON post from a foreign origin', { ...json, Origin: EVIL }, '{"id":1}'],
    ['a cross-site fetch without Origin', { ...json, 'Sec-Fetch-Site': 'cross-site' }, '{}'],
    ['a same-site fetch from another port', { ...json, 'Sec-Fetch-Site': 'same-site' }, '{}'],
    ['a sandboxed page (Origin: null)', { ...json, Origin: 'null' }, '{"id":1}'],
  ];
  it.each(attempts)('refuses %s before Altcraft sees it', async (_name, headers, body) => {
    const response = await send('/api/v1.1/segments/delete/', { headers, body });
    expect([403, 415]).toContain(response.status);
    expect((await envelopeOf(response)).error).not.toBe(0);
    expect(upstream.seen).toEqual([]);
  });

  it('refuses a text/plain body even from this origin (it would need no preflight)', async () => {
    const response = await send('/api/v1.1/segments/delete/', {
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(response.status).toBe(415);
    expect(upstream.seen).toEqual([]);
  });

  it('answers the preflight and the call of an allowed portal, with CORS for it only', async () => {
    const preflight = await send('/api/v1.1/segments/get/', {
      method: 'OPTIONS',
      body: null,
      headers: { Origin: PORTAL, 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(PORTAL);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/X-Editor-Session/);
    const call = await send('/api/v1.1/segments/get/', {
      headers: { 'Content-Type': 'application/json; charset=utf-8', Origin: PORTAL },
    });
    expect(call.status).toBe(200);
    expect(call.headers.get('access-control-allow-origin')).toBe(PORTAL);
    expect(upstream.seen).toHaveLength(1);
  });

  it('lets this origin’s own page through', async () => {
    const response = await send('/api/v1.1/segments/get/', {
      headers: { ...json, Origin: server.url, 'Sec-Fetch-Site': 'same-origin' },
    });
    expect(response.status).toBe(200);
    expect(upstream.seen).toHaveLength(1);
  });
});

describe('finding 3: Altcraft’s reply is bounded', () => {
  it('turns a 200 MB reply into a 502 envelope without reading it all', async () => {
    let written = 0;
    let finished = false;
    upstream.answer((_request, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      const chunk = Buffer.alloc(256 * 1024, 0x20);
      const pump = () => {
        while (written < 200 * 1024 * 1024) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        finished = true;
        res.end();
      };
      res.on('error', () => undefined);
      pump();
    });
    const response = await send('/api/v1.1/segments/list/', { body: '{}' });
    expect(response.status).toBe(502);
    expect((await envelopeOf(response)).error_text).toMatch(/more than 10 MB/);
    expect(finished).toBe(false);
    expect(written).toBeLessThan(64 * 1024 * 1024);
  });
});

describe('finding 4: Altcraft’s content is never served as the editor’s own', () => {
  it('refuses an HTML page with script from upstream, and labels replies as data', async () => {
    upstream.answer((_request, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<html><script>alert(document.cookie)</script></html>');
    });
    const response = await send('/api/v1.1/segments/get/');
    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('content-security-policy')).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).not.toContain('<script>');
  });

  it('gives an XML reply the XML type, whatever upstream called it', async () => {
    upstream.answer((_request, res) => {
      res.writeHead(200, { 'Content-Type': 'text/xml; charset=utf-8' });
      res.end('<xml><error>0</error><error_text>ok</error_text></xml>');
    });
    const response = await send('/api/v1.1/segments/get/');
    expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8');
  });
});

describe('finding 9: token hygiene', () => {
  it('strips the browser’s token in any spelling, in JSON and XML bodies', async () => {
    await send('/api/v1.1/segments/get/', {
      body: '{"Token":"browser-1","TOKEN":"browser-2","token":"browser-3","id":1}',
    });
    await send('/api/v1.1/segments/get/', {
      headers: { 'Content-Type': 'application/xml' },
      body: '<xml><TOKEN>browser-4</TOKEN><Token>browser-5</Token><id>1</id></xml>',
    });
    expect(upstream.seen).toHaveLength(2);
    for (const request of upstream.seen) {
      expect(request.body).not.toMatch(/browser-/);
      expect(request.body).toContain(REAL);
    }
  });

  it('masks the server’s token in a reply that echoes it', async () => {
    upstream.answer((request, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ error: 400, error_text: `Bad request: ${request.body}` }));
    });
    const text = await (await send('/api/v1.1/segments/get/')).text();
    expect(text).not.toContain(REAL);
    expect(text).toContain('•••');
  });
});

it('waits for Altcraft less long than the editor waits for the server', () => {
  // server/ may not import the browser's client: its default is read from the source.
  const client = readFileSync(new URL('../src/api/client.ts', import.meta.url), 'utf8');
  const match = /DEFAULT_TIMEOUT_MS = ([\d_]+);/.exec(client);
  expect(match).not.toBeNull();
  expect(DEFAULT_UPSTREAM_TIMEOUT_MS).toBeLessThan(Number(match?.[1]?.replace(/_/g, '')));
});
