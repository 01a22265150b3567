import { mkdir, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createServer, preview } from 'vite';
import { envelopeSchema } from '../src/segment';
import { callApi, callParsed, tempDir } from './testing';
import { segmentEditorServer } from './vite-plugin';

/* `npm run dev` and `npm run preview` serve the API on the page's own origin. */

let temp: Awaited<ReturnType<typeof tempDir>>;
const saved = { VITEST: process.env.VITEST, SANDBOX_DATA: process.env.SANDBOX_DATA };

beforeAll(async () => {
  temp = await tempDir();
  await mkdir(join(temp.dir, 'dist'), { recursive: true });
  await writeFile(
    join(temp.dir, 'dist', 'index.html'),
    '<!doctype html><title>Segment Editor</title>',
  );
  await writeFile(join(temp.dir, 'dist', 'embed-demo.html'), '<!doctype html><title>Demo</title>');
  await writeFile(
    join(temp.dir, 'index.html'),
    '<!doctype html><title>Segment Editor (dev)</title>',
  );
  // The plugin stays out of Vitest's own Vite server; here it is the subject, so it must see no VITEST.
  delete process.env.VITEST;
  process.env.SANDBOX_DATA = temp.file;
});
afterAll(async () => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await temp.cleanup();
});

const expectApi = async (url: string) => {
  const { reply } = await callParsed(url, 'segments/get', { id: 31 }, envelopeSchema);
  expect(reply.error).toBe(0);
  const config: unknown = await (await fetch(`${url}/app-config.json`)).json();
  expect(config).toEqual({ allowedOrigins: [], tokenInjected: true, mode: 'sandbox' });
};

it('mounts the sandbox on the dev server', async () => {
  const server = await createServer({
    configFile: false,
    root: temp.dir,
    logLevel: 'silent',
    plugins: [segmentEditorServer()],
    server: { host: '127.0.0.1', port: 0, ws: false },
    optimizeDeps: { noDiscovery: true },
  });
  await server.listen();
  try {
    const { port } = server.httpServer?.address() as AddressInfo;
    const url = `http://127.0.0.1:${port}`;
    await expectApi(url);
    expect(await (await fetch(`${url}/`)).text()).toContain('Segment Editor (dev)');
  } finally {
    await server.close();
  }
});

it('mounts the sandbox on the preview server, with the security headers', async () => {
  const server = await preview({
    configFile: false,
    root: temp.dir,
    logLevel: 'silent',
    plugins: [segmentEditorServer()],
    preview: { host: '127.0.0.1', port: 0 },
  });
  try {
    const { port } = server.httpServer.address() as AddressInfo;
    const url = `http://127.0.0.1:${port}`;
    await expectApi(url);
    const page = await fetch(`${url}/`);
    expect(await page.text()).toContain('<title>Segment Editor</title>');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self';");
    // Issue 12, finding 10: the demo portal has its own CSP, which may frame the editor.
    const demo = await fetch(`${url}/embed-demo.html`);
    expect(demo.status).toBe(200);
    expect(demo.headers.get('content-security-policy')).toContain(
      `frame-src 'self' http://localhost:${port}`,
    );
    // And the API keeps its own.
    const api = await callApi(url, 'segments/get', { id: 31 });
    expect(api.headers.get('content-security-policy')).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
  } finally {
    await server.close();
  }
});
