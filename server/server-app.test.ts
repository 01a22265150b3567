import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { envelopeSchema } from '../src/segment';
import { createApi } from './api';
import { ConfigError, configFromEnv } from './config';
import { compressedCopies } from '../scripts/precompress';
import { createServerApp } from './server-app';
import { callApi, callParsed, listen, tempDir } from './testing';

let temp: Awaited<ReturnType<typeof tempDir>>;
let server: { url: string; close: () => Promise<void> };
const portal = 'https://portal.example.com';
const bigScript = `export const rows = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `row ${i}`))};`;

beforeAll(async () => {
  temp = await tempDir();
  await mkdir(join(temp.dir, 'dist', 'assets'), { recursive: true });
  await writeFile(
    join(temp.dir, 'dist', 'index.html'),
    '<!doctype html><title>Segment Editor</title>',
  );
  await writeFile(join(temp.dir, 'dist', 'assets', 'app-1234.js'), 'console.log(1);');
  // A built script with the Brotli and gzip copies the build writes beside it (scripts/precompress.ts).
  const big = join(temp.dir, 'dist', 'assets', 'big-5678.js');
  await writeFile(big, bigScript);
  const { br, gz } = await compressedCopies(Buffer.from(bigScript));
  await Promise.all([writeFile(`${big}.br`, br), writeFile(`${big}.gz`, gz)]);
  const api = await createApi({
    api: { mode: 'sandbox', dataFile: temp.file, token: 'sandbox', faults: false },
    allowedOrigins: [portal],
  });
  server = await listen(
    createServerApp({ api, distDir: join(temp.dir, 'dist'), allowedOrigins: [portal] }),
  );
});
afterAll(async () => {
  await server.close();
  await temp.cleanup();
});

describe('the production server', () => {
  it('sends a CSP without eval or inline scripts, frame-ancestors from ALLOWED_ORIGINS, and the other headers', async () => {
    for (const path of ['/', '/app-config.json']) {
      const response = await fetch(server.url + path);
      const csp = response.headers.get('content-security-policy') ?? '';
      const directives = new Map(
        csp
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .map(([name = '', ...values]) => [name, values]),
      );
      expect(directives.get('script-src')).toEqual(["'self'"]);
      expect(csp).not.toContain('unsafe-eval');
      // The page's static style sheet is a file of its own origin; emotion's <style> are inline.
      expect(directives.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
      expect(directives.get('frame-ancestors')).toEqual(["'self'", portal]);
      expect(directives.get('object-src')).toEqual(["'none'"]);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('serves the built files, and index.html for any other page', async () => {
    const asset = await fetch(`${server.url}/assets/app-1234.js`);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(asset.headers.get('cache-control')).toMatch(/immutable/);
    for (const path of ['/', '/segments/14?lang=ru']) {
      const page = await fetch(server.url + path);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<title>Segment Editor</title>');
    }
    expect((await fetch(`${server.url}/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${server.url}/__sandbox/reset`, { method: 'POST' })).status).toBe(404);
  });

  it('sends the Brotli or the gzip copy of a built file to a browser that accepts it, the file itself to others', async () => {
    const get = (encoding: string) =>
      fetch(`${server.url}/assets/big-5678.js`, { headers: { 'Accept-Encoding': encoding } });
    for (const [accepted, sent] of [
      ['gzip, deflate, br, zstd', 'br'],
      ['gzip, deflate', 'gzip'],
      ['identity', null],
    ] as const) {
      const response = await get(accepted);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-encoding')).toBe(sent);
      expect(response.headers.get('content-type')).toMatch(/javascript/);
      expect(response.headers.get('cache-control')).toMatch(/immutable/);
      if (sent) expect(response.headers.get('vary')).toMatch(/Accept-Encoding/i);
      // fetch decodes what it accepted: the same script whichever copy was sent.
      expect(await response.text()).toBe(bigScript);
    }
    const brotli = await get('br');
    expect(Number(brotli.headers.get('content-length'))).toBeLessThan(bigScript.length / 2);
  });

  it('answers odd requests for the built files plainly: a range with the whole file, other methods 404', async () => {
    const url = `${server.url}/assets/big-5678.js`;
    // RFC 9110 lets a server ignore Range: every one gets the whole file (its copy the browser
    // accepts), never a 500 or a part that is not what its Content-Range says.
    for (const range of [
      'bytes=0-9',
      'bytes=-10',
      'bytes=99999999-',
      'bytes=10-5',
      'bytes=0-99999999',
      'bytes=abc',
      'bytes=0-1,5-9',
    ]) {
      const response = await fetch(url, { headers: { 'Accept-Encoding': 'br', Range: range } });
      expect(response.status, range).toBe(200);
      expect(response.headers.get('content-range'), range).toBeNull();
      expect(response.headers.get('content-encoding'), range).toBe('br');
      expect(await response.text(), range).toBe(bigScript);
    }
    const plain = await fetch(url, { headers: { Range: 'bytes=0-9' } });
    expect(plain.status).toBe(200);
    expect(await plain.text()).toBe(bigScript);

    const head = await fetch(url, { method: 'HEAD', headers: { 'Accept-Encoding': 'br' } });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-encoding')).toBe('br');

    for (const method of ['POST', 'PUT', 'DELETE']) {
      const response = await fetch(url, {
        method,
        headers: { 'Content-Type': 'text/plain', Origin: 'https://evil.example' },
        body: 'x'.repeat(10_000),
      });
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('export const rows');
    }

    // A header of any length or shape picks a copy it names, or the file.
    const long = await fetch(url, { headers: { 'Accept-Encoding': `${'x'.repeat(8000)}, gzip` } });
    expect(long.headers.get('content-encoding')).toBe('gzip');
    expect(await long.text()).toBe(bigScript);
    const refused = await fetch(url, { headers: { 'Accept-Encoding': 'br;q=0, gzip;q=0' } });
    expect(refused.headers.get('content-encoding')).toBeNull();
    expect(await refused.text()).toBe(bigScript);
  });

  it('serves /app-config.json without any token', async () => {
    const text = await (await fetch(`${server.url}/app-config.json`)).text();
    expect(JSON.parse(text)).toEqual({
      allowedOrigins: [portal],
      tokenInjected: true,
      mode: 'sandbox',
    });
  });

  it('in sandbox mode answers a browser without a token, and refuses a wrong one', async () => {
    expect(
      (await callParsed(server.url, 'segments/get', { id: 14 }, envelopeSchema)).reply.error,
    ).toBe(0);
    expect(
      (await callParsed(server.url, 'segments/get', { id: 14, token: 'guess' }, envelopeSchema))
        .reply.error,
    ).toBe(401);
  });

  it('refuses a body over 6 MB with 413 in the envelope', async () => {
    const { status, text } = await callApi(server.url, 'segments/update', {
      name: 'x'.repeat(7 * 1024 * 1024),
    });
    expect(status).toBe(413);
    expect(envelopeSchema.parse(JSON.parse(text))).toMatchObject({
      error: 413,
      error_text: expect.stringMatching(/6 MB/) as string,
    });
  });
});

it('answers 504 in the envelope when the upstream Altcraft is too slow', async () => {
  const slow = new Hono().post('*', async (c) => {
    await new Promise((resolve) => setTimeout(resolve, 2000));
    return c.json({ error: 0, error_text: 'late' });
  });
  const upstream = await listen(slow);
  const api = await createApi({
    api: { mode: 'proxy', url: upstream.url, token: 't', timeoutMs: 200 },
    allowedOrigins: [],
  });
  const proxyServer = await listen(
    createServerApp({ api, distDir: join(temp.dir, 'dist'), allowedOrigins: [] }),
  );
  try {
    const response = await fetch(`${proxyServer.url}/api/v1.1/segments/get/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"id":1}',
    });
    expect(response.status).toBe(504);
    expect(response.headers.get('content-security-policy')).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
    expect(envelopeSchema.parse(await response.json()).error).toBe(504);
  } finally {
    await proxyServer.close();
    await upstream.close();
  }
});

describe('configFromEnv', () => {
  it('defaults to the sandbox on 127.0.0.1:8080 with dist/', () => {
    expect(configFromEnv({})).toEqual({
      api: { mode: 'sandbox', dataFile: '.sandbox/data.json', token: 'sandbox', faults: false },
      allowedOrigins: [],
      port: 8080,
      host: '127.0.0.1',
      distDir: 'dist',
    });
  });

  it('proxies when ALTCRAFT_URL is set, and reads the origin list', () => {
    const config = configFromEnv({
      ALTCRAFT_URL: 'https://example.altcraft.com',
      ALTCRAFT_TOKEN: 'x',
      ALLOWED_ORIGINS: ' https://a.example , http://localhost:3000',
    });
    expect(config.api).toEqual({
      mode: 'proxy',
      url: 'https://example.altcraft.com',
      token: 'x',
      timeoutMs: 12_000,
    });
    expect(config.allowedOrigins).toEqual(['https://a.example', 'http://localhost:3000']);
  });

  it('names the variable at fault', () => {
    expect(() => configFromEnv({ ALLOWED_ORIGINS: 'https://a.example/path' })).toThrow(ConfigError);
    expect(() => configFromEnv({ ALLOWED_ORIGINS: '*' })).toThrow(
      /ALLOWED_ORIGINS "\*" is not an origin/,
    );
    expect(() => configFromEnv({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => configFromEnv({ ALTCRAFT_URL: 'ftp://x' })).toThrow(/ALTCRAFT_URL/);
  });
});

it('npm run serve starts from the environment and serves DIST_DIR with the API', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/serve.ts'], {
    env: {
      ...process.env,
      PORT: '0',
      DIST_DIR: join(temp.dir, 'dist'),
      SANDBOX_DATA: join(temp.dir, 'serve.json'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
        if (match?.[1]) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
    });
    expect(await (await fetch(`${url}/healthz`)).text()).toBe('ok');
    expect(await (await fetch(`${url}/`)).text()).toContain('Segment Editor');
    expect((await callParsed(url, 'segments/get', { id: 31 }, envelopeSchema)).reply.error).toBe(0);
  } finally {
    child.kill('SIGTERM');
  }
});
