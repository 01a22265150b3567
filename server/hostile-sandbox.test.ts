import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { envelopeSchema, parseResponse } from '../src/segment';
import { createApi } from './api';
import { createSandboxApp } from './sandbox-app';
import { createServerApp } from './server-app';
import { SandboxStore, type StoreFs } from './store';
import { callApi, listen, tempDir } from './testing';
import { open } from 'node:fs/promises';

/*
 * Issue 12, tried as a hostile client would, against the sandbox (`npm run serve` without
 * ALTCRAFT_URL, with fault injection on, as the e2e suite runs it). Each "finding N" failed on the
 * code before the gateway.
 */

const EVIL = 'http://evil.example';
const TOKEN = 'sandbox-token-7f';

let temp: Awaited<ReturnType<typeof tempDir>>;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  temp = await tempDir();
  await mkdir(join(temp.dir, 'dist'), { recursive: true });
  await writeFile(join(temp.dir, 'dist', 'embed-demo.html'), '<!doctype html><title>Demo</title>');
  const api = await createApi({
    api: { mode: 'sandbox', dataFile: temp.file, token: TOKEN, faults: true },
    allowedOrigins: [],
  });
  server = await listen(
    createServerApp({ api, distDir: join(temp.dir, 'dist'), allowedOrigins: [] }),
  );
});
afterAll(async () => {
  await server.close();
  await temp.cleanup();
});
beforeEach(async () => {
  await fetch(`${server.url}/__sandbox/reset`, { method: 'POST' });
});

const nameOf = async (id: number) => {
  const { text } = await callApi(server.url, 'segments/get', { id });
  return (JSON.parse(text) as { data?: { name?: string } }).data?.name;
};

describe('finding 2: another site cannot change the sandbox', () => {
  it('ignores a no-cors text/plain delete and an enctype=text/plain form rename', async () => {
    const before = await nameOf(14);
    expect(before).toBeTruthy();
    const deleting = await fetch(`${server.url}/api/v1.1/segments/delete/`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', Origin: EVIL, 'Sec-Fetch-Site': 'cross-site' },
      body: '{"id":14}',
    });
    // What a form with enctype=text/plain and one field named '{"id":14,"name":"Pwned","x":"' sends.
    const renaming = await fetch(`${server.url}/api/v1.1/segments/update/`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', Origin: EVIL },
      body: '{"id":14,"name":"Pwned","is_static":true,"list_id":5,"x":"="}',
    });
    expect(deleting.status).toBe(403);
    expect(renaming.status).toBe(403);
    expect(await nameOf(14)).toBe(before);
  });

  it('refuses the fault and reset controls to another site', async () => {
    await callApi(server.url, 'segments/delete', { id: 14 });
    const reset = await fetch(`${server.url}/__sandbox/reset`, {
      method: 'POST',
      headers: { Origin: EVIL },
    });
    const fault = await fetch(`${server.url}/__sandbox/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', 'Sec-Fetch-Site': 'cross-site' },
      body: '{"mode":"http500","count":100}',
    });
    expect(reset.status).toBe(403);
    expect(fault.status).toBe(403);
    expect(await nameOf(14)).toBeUndefined();
    expect((await callApi(server.url, 'segments/get', { id: 2 })).status).toBe(200);
  });
});

describe('finding 5: XML costs nothing before the token is checked', () => {
  const junk = (elements: number, token: string, filler = '1') =>
    `<xml><token>${token}</token><format>json</format>${`<a>${filler}</a>`.repeat(elements)}<id>1</id></xml>`;

  it('refuses 5 MB of XML with a wrong token at once, and /healthz does not wait', async () => {
    // Under the element cap: 90,000 elements of 50 characters.
    const body = junk(90_000, 'wrong-token', 'x'.repeat(50));
    expect(body.length).toBeGreaterThan(5_000_000);
    const started = performance.now();
    const [reply, health] = await Promise.all([
      fetch(`${server.url}/api/v1.1/segments/get/`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/xml' },
        body,
      }),
      fetch(`${server.url}/healthz`),
    ]);
    expect(health.status).toBe(200);
    expect(parseResponse(await reply.text(), envelopeSchema, 'json')).toMatchObject({
      error: 401,
      error_text: 'Invalid API token.',
    });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses XML over the element cap before parsing it, even with the right token', async () => {
    const response = await fetch(`${server.url}/api/v1.1/segments/get/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/xml' },
      body: junk(150_000, TOKEN),
    });
    const reply = parseResponse(await response.text(), envelopeSchema, 'json');
    expect(reply.error).toBe(400);
    expect(reply.error_text).toMatch(/more than 100,000 elements/);
  });
});

describe('findings 6 and 7: key names and control characters', () => {
  const query = (extra: string) =>
    `{"compo":"default","name":"email","operator":"equal","type":"email","value":[]${extra}}`;
  const body = (extra: string, name = 'Renamed') =>
    `{"id":3,"name":${JSON.stringify(name)},"is_static":false,"list_id":5,"segment":[{"list_id":5,"condition":"and","limit":0,"percent_from":0,"percent_to":100,"queries":[${query(extra)}]}]}`;
  const post = (method: string, text: string, type = 'application/json') =>
    fetch(`${server.url}/api/v1.1/${method}/`, {
      method: 'POST',
      headers: { 'Content-Type': type },
      body: text,
    }).then(async (response) => ({ status: response.status, text: await response.text() }));

  it('answers XML naming an element constructor with a 400 envelope, not HTTP 500', async () => {
    const reply = await post(
      'segments/get',
      '<xml><id>3</id><constructor>1</constructor></xml>',
      'application/xml',
    );
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.text)).toMatchObject({
      error: 400,
      error_text: expect.stringContaining('"constructor"') as string,
    });
  });

  it('refuses a __proto__ key in a condition by name instead of dropping it', async () => {
    const reply = await post('segments/update', body(',"__proto__":{"x":1}'));
    expect(JSON.parse(reply.text)).toMatchObject({ error: 400 });
    expect(reply.text).toContain('segment[0].queries[0].__proto__');
    expect(await nameOf(3)).not.toBe('Renamed');
  });

  it('saves a toString key and gives it back verbatim, in XML too', async () => {
    expect(
      JSON.parse((await post('segments/update', body(',"toString":"kept"'))).text),
    ).toMatchObject({ error: 0 });
    const xml = await post(
      'segments/get',
      '<xml><id>3</id><format>xml</format></xml>',
      'application/xml',
    );
    expect(xml.text).toContain('<toString>kept</toString>');
    expect(xml.text).not.toContain('__toString');
  });

  it('refuses a name with NUL or ESC, naming the field, and stores nothing', async () => {
    for (const name of ['A\u0000B', 'A\u001bB']) {
      const reply = await post('segments/update', body('', name));
      expect(JSON.parse(reply.text)).toMatchObject({ error: 400 });
      expect(reply.text).toContain('name: Segment name contains a character that cannot be sent');
    }
    expect(await nameOf(3)).not.toMatch(/^A/);
  });
});

describe('finding 8: a full disk', () => {
  it('leaves no temporary file behind, and the next save succeeds once there is room', async () => {
    const disk = await tempDir();
    let full = false;
    // A disk that fills up after a few bytes of each file while `full` is set.
    const fs: StoreFs = {
      open: async (...args: Parameters<typeof open>) => {
        const handle = await open(...args);
        if (!full) return handle;
        handle.writeFile = async () => {
          await handle.write('{"partial');
          throw Object.assign(new Error('ENOSPC: no space left on device, write'), {
            code: 'ENOSPC',
          });
        };
        return handle;
      },
    };
    const store = await SandboxStore.open(disk.file, fs);
    const app = await listen(createSandboxApp({ store, token: TOKEN, injectToken: true }));
    try {
      full = true;
      const failed = await callApi(app.url, 'segments/delete', { id: 14 });
      expect(failed.status).toBe(500);
      expect(await readdir(disk.dir)).toEqual(['data.json']);
      full = false;
      const saved = await callApi(app.url, 'segments/delete', { id: 14 });
      expect(JSON.parse(saved.text)).toMatchObject({ error: 0, data: { deleted_id: 14 } });
      expect(await readdir(disk.dir)).toEqual(['data.json']);
    } finally {
      await app.close();
      await disk.cleanup();
    }
  });
});

describe('finding 10: the demo portal page', () => {
  it('has its own CSP, which may frame the editor, under serve', async () => {
    // Opened on 127.0.0.1, the demo embeds the editor from localhost (and the other way round).
    const response = await fetch(`${server.url}/embed-demo.html`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(response.status).toBe(200);
    expect(csp).toContain(`frame-src 'self' ${server.url.replace('127.0.0.1', 'localhost')}`);
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).not.toContain('unsafe-eval');
  });
});
