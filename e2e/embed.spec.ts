import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { test } from './save-helpers';

/*
 * Embedding across origins: a portal page served by this spec on http://localhost:HOST_PORT, the
 * editor on http://127.0.0.1:PORT (the e2e server allows the portal's origin in ALLOWED_ORIGINS), and
 * a third origin, http://other.localhost:HOST_PORT, that tries to drive the editor.
 */

const editorOrigin = `http://127.0.0.1:${process.env.E2E_PORT}`;
const hostPort = Number(process.env.E2E_HOST_PORT);
const hostOrigin = `http://localhost:${hostPort}`;
const otherOrigin = `http://other.localhost:${hostPort}`;
const distDir = process.env.DIST_DIR ?? 'dist';
const token = process.env.E2E_SANDBOX_TOKEN ?? 'sandbox';

// One portal server for the whole file: its tests run in one worker.
test.describe.configure({ mode: 'serial' });
let portal: Server;

const attackPage = `<script>
  const target = parent.frames[0];
  const request = { name: 'Hijacked', is_static: true, is_refresh_daily: false, list_id: 1 };
  let sets = 0;
  setInterval(() => {
    target.postMessage({ v: 1, type: 'segment-editor:set', request }, '*');
    window.sets = ++sets;
  }, 100);
  setTimeout(() => target.postMessage({ v: 1, type: 'segment-editor:save' }, '*'), 300);
</script>`;

test.beforeAll(async () => {
  const embedJs = readFileSync(join(distDir, 'embed.js'), 'utf8');
  portal = createServer((req, res) => {
    const url = new URL(req.url ?? '/', hostOrigin);
    const send = (type: string, body: string) =>
      res.writeHead(200, { 'Content-Type': type }).end(body);
    if (url.pathname === '/host.html')
      send(
        'text/html',
        hostPage(JSON.parse(url.searchParams.get('o') ?? '{}') as Record<string, unknown>),
      );
    else if (url.pathname === '/embed.js') send('text/javascript', embedJs);
    else if (url.pathname === '/attack.html') send('text/html', attackPage);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => portal.listen(hostPort, '127.0.0.1', resolve));
});

test.afterAll(async () => {
  await new Promise((resolve) => portal.close(resolve));
});

type Logged = { type: string; [key: string]: unknown };

function hostPage(options: Record<string, unknown>): string {
  return `<!doctype html><html lang="en"><head><title>Portal</title></head><body>
<h1>Admin portal</h1><div id="slot"></div>
<script type="module">
  import { mount } from '/embed.js';
  window.events = [];
  const handle = mount(document.getElementById('slot'), ${JSON.stringify({ src: `${editorOrigin}/`, ...options })});
  for (const name of ['ready', 'change', 'saved', 'error', 'resize']) handle.on(name, (e) => window.events.push(e));
  window.handle = handle;
  window.addEventListener('message', (e) => { if (e.origin === '${editorOrigin}') window.raw = [...(window.raw || []), e.data]; });
</script></body></html>`;
}

async function openHost(page: Page, options: Record<string, unknown>) {
  await page.goto(`${hostOrigin}/host.html?o=${encodeURIComponent(JSON.stringify(options))}`);
  return page.frameLocator('iframe[title="Segment Editor"]');
}

const events = (page: Page) =>
  page.evaluate(() => (window as unknown as { events: Logged[] }).events);
const eventsOf = async (page: Page, type: string) =>
  (await events(page)).filter((e) => e.type === `segment-editor:${type}`);

test('a host on another origin inits, edits, saves and hears change, saved and resize', async ({
  page,
  request,
  sandbox: _sandbox,
}) => {
  const frame = await openHost(page, { token, segmentId: 2 });
  const name = frame.getByLabel('Segment name');
  await expect(name).not.toHaveValue('');
  await name.fill('Renamed from the portal');
  await expect
    .poll(async () => (await eventsOf(page, 'change')).at(-1)?.request)
    .toMatchObject({ name: 'Renamed from the portal' });
  const change = (await eventsOf(page, 'change')).at(-1);
  expect(change).toMatchObject({ valid: true, dirty: true });
  expect(JSON.stringify(change)).not.toContain('"token"');

  await page.evaluate(() => (window as unknown as { handle: { save(): void } }).handle.save());
  await expect.poll(async () => (await eventsOf(page, 'saved')).length).toBe(1);
  const [saved] = await eventsOf(page, 'saved');
  expect(saved?.savedId).toBe(2);
  const readBack = (await (
    await request.post('/api/v1.1/segments/get/', { data: { id: 2 } })
  ).json()) as {
    data: { name: string };
  };
  expect(readBack.data.name).toBe('Renamed from the portal');

  const resizes = await eventsOf(page, 'resize');
  expect(resizes.length).toBeGreaterThan(0);
});

test('a host that asks for Russian gets the editor in Russian (its texts load on demand)', async ({
  page,
  sandbox: _sandbox,
}) => {
  const frame = await openHost(page, { token, segmentId: 3, lang: 'ru' });
  await expect(frame.getByLabel('Название сегмента')).not.toHaveValue('');
  await expect(frame.getByRole('button', { name: 'Сохранить', exact: true })).toBeVisible();
});

test("the iframe's height follows the content", async ({ page, sandbox: _sandbox }) => {
  const frame = await openHost(page, { token, segmentId: 3 });
  await expect(frame.getByLabel('Segment name')).not.toHaveValue('');
  const iframe = page.locator('iframe[title="Segment Editor"]');
  await expect.poll(async () => (await eventsOf(page, 'resize')).length).toBeGreaterThan(0);
  // The preview arrives after the first screen and changes the page's height once more: the
  // height the test starts from is the one after it.
  await expect(frame.getByRole('tab', { name: 'JSON' })).toBeVisible();
  const heightOf = async () => (await iframe.boundingBox())?.height ?? 0;
  await expect
    .poll(async () =>
      Math.abs((await heightOf()) - Number((await eventsOf(page, 'resize')).at(-1)?.height)),
    )
    .toBeLessThanOrEqual(1);
  const before = await heightOf();
  const groups = frame.getByRole('heading', { name: /^Group \d+$/ });
  const count = await groups.count();
  await frame.getByRole('button', { name: 'Add group' }).click();
  await expect(groups).toHaveCount(count + 1);
  await expect.poll(heightOf).toBeGreaterThan(before + 50);
});

test('the token never reaches the iframe URL or storage', async ({ page, sandbox: _sandbox }) => {
  const frame = await openHost(page, { token, segmentId: 2 });
  await expect(frame.getByLabel('Segment name')).not.toHaveValue('');
  const src = await page.locator('iframe[title="Segment Editor"]').getAttribute('src');
  expect(src).not.toContain(token);
  const editor = page.frames().find((f) => f.url().startsWith(editorOrigin));
  expect(editor).toBeDefined();
  expect(editor?.url()).not.toContain(token);
  // A cross-site frame may be denied storage altogether; then nothing can be in it.
  const storage = await editor?.evaluate(() => {
    try {
      return JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage });
    } catch {
      return '';
    }
  });
  expect(storage).not.toContain(token);
});

test('a malformed message from the host is answered with error and changes nothing', async ({
  page,
  sandbox: _sandbox,
}) => {
  const frame = await openHost(page, { token, segmentId: 2 });
  const name = frame.getByLabel('Segment name');
  await expect(name).not.toHaveValue('');
  const before = await name.inputValue();
  await page.evaluate((origin) => {
    const iframe = document.querySelector('iframe');
    iframe?.contentWindow?.postMessage(
      { v: 1, type: 'segment-editor:set', request: { name: 42 } },
      origin,
    );
  }, editorOrigin);
  await expect
    .poll(async () =>
      ((await page.evaluate(() => (window as unknown as { raw?: Logged[] }).raw)) ?? []).some(
        (m) => m.type === 'segment-editor:error',
      ),
    )
    .toBe(true);
  await expect(name).toHaveValue(before);
});

test("a third origin's messages are ignored", async ({ page, sandbox: _sandbox }) => {
  const frame = await openHost(page, { token, segmentId: 2 });
  const name = frame.getByLabel('Segment name');
  await expect(name).not.toHaveValue('');
  const before = await name.inputValue();
  await page.evaluate((src) => {
    const attacker = document.createElement('iframe');
    attacker.src = src;
    document.body.append(attacker);
  }, `${otherOrigin}/attack.html`);
  // Ten sets sent, the save long before them: each has had time to arrive, and none changed a thing.
  const sets = () =>
    page
      .frames()
      .find((frame) => frame.url().endsWith('/attack.html'))
      ?.evaluate(() => (window as unknown as { sets?: number }).sets ?? 0) ?? 0;
  await expect.poll(sets).toBeGreaterThanOrEqual(10);
  await expect(name).toHaveValue(before);
  expect(await eventsOf(page, 'saved')).toHaveLength(0);
});

type Handle = { save(): void; setSegment(request: Record<string, unknown>): void };

test("a host's set naming another segment: save answers needs-confirmation and changes nothing, until the person overwrites", async ({
  page,
  sandbox,
}) => {
  const before = JSON.stringify(await sandbox.call('segments/get', { id: 3 }));
  const frame = await openHost(page, { token });
  await expect(frame.getByText('Save will create a new segment.')).toBeVisible();
  await page.evaluate(() =>
    (window as unknown as { handle: Handle }).handle.setSegment({
      id: 3,
      list_id: 5,
      name: 'Set by the portal',
      is_static: true,
      is_refresh_daily: false,
    }),
  );
  await expect(frame.getByLabel('Segment ID')).toHaveValue('3');
  await page.evaluate(() => (window as unknown as { handle: Handle }).handle.save());
  await expect
    .poll(async () => (await eventsOf(page, 'error')).at(-1))
    .toMatchObject({ code: 'needs-confirmation', message: 'Overwrite segment 3?' });
  expect(JSON.stringify(await sandbox.call('segments/get', { id: 3 }))).toBe(before);
  expect(await eventsOf(page, 'saved')).toHaveLength(0);

  const dialog = frame.getByRole('dialog', { name: 'Overwrite segment 3?' });
  await dialog.getByRole('button', { name: 'Overwrite segment 3' }).click();
  await expect.poll(async () => (await eventsOf(page, 'saved')).at(-1)?.savedId).toBe(3);
  await expect(frame.getByText('Overwrote segment 3.')).toBeVisible();
  expect((await sandbox.getSegment(3)).name).toBe('Set by the portal');
});

test("a host's init request naming a segment that does not exist: save answers needs-confirmation; Save as new creates one", async ({
  page,
  sandbox,
}) => {
  const request = {
    id: 999,
    list_id: 5,
    name: 'From the portal',
    is_static: true,
    is_refresh_daily: false,
  };
  const frame = await openHost(page, { token, request });
  await expect(frame.getByLabel('Segment ID')).toHaveAccessibleDescription(
    'There is no segment 999: Save will offer a new one.',
  );
  await page.evaluate(() => (window as unknown as { handle: Handle }).handle.save());
  await expect
    .poll(async () => (await eventsOf(page, 'error')).at(-1))
    .toMatchObject({ code: 'needs-confirmation', message: 'There is no segment 999' });
  const dialog = frame.getByRole('dialog', { name: 'There is no segment 999' });
  await dialog.getByRole('button', { name: 'Save as new segment' }).click();
  await expect.poll(async () => (await eventsOf(page, 'saved')).at(-1)?.savedId).toBeGreaterThan(0);
  const savedId = Number((await eventsOf(page, 'saved')).at(-1)?.savedId);
  expect(await sandbox.getSegment(savedId)).toMatchObject({ name: 'From the portal', list_id: 5 });
  expect((await sandbox.call('segments/get', { id: 999 })).error).not.toBe(0);
});
