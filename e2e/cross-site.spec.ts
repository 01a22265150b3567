import { createServer, type Server } from 'node:http';
import { expect, test } from './save-helpers';

/*
 * Issue 12, finding 2, in a real browser: a page on another origin tries every request a page can
 * send without a CORS preflight (no-cors fetches with text/plain, forms with enctype text/plain and
 * urlencoded, GET) against the editor's API and the sandbox's reset, and changes nothing.
 * The attacker is http://other.localhost:HOST_PORT; the allowed portal (ALLOWED_ORIGINS) is
 * http://localhost:HOST_PORT, which gets no more than this without a JSON body and a preflight.
 */

const editorOrigin = `http://127.0.0.1:${process.env.E2E_PORT}`;
const hostPort = Number(process.env.E2E_HOST_PORT);
const attacker = `http://other.localhost:${hostPort}`;
const portal = `http://localhost:${hostPort}`;

// One attacker server for the file: its tests run in one worker, after one another.
test.describe.configure({ mode: 'serial' });
let server: Server;

const rename = { id: 14, name: 'Pwned', is_static: true, is_refresh_daily: false, list_id: 5 };

/** Fires every preflight-free request at once; `window.done` counts those that have settled. */
const attackPage = `<!doctype html><html><body>
<iframe name="sink-a"></iframe><iframe name="sink-b"></iframe>
<form id="plain" method="POST" enctype="text/plain" target="sink-a"
  action="${editorOrigin}/api/v1.1/segments/update/"><input id="field"></form>
<form id="encoded" method="POST" target="sink-b"
  action="${editorOrigin}/api/v1.1/segments/delete/"><input name="id" value="14"></form>
<script>
  window.done = 0;
  const settle = (p) => p.catch(() => undefined).finally(() => { window.done++; });
  const api = '${editorOrigin}/api/v1.1/';
  const plain = { method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'text/plain' } };
  settle(fetch(api + 'segments/delete/', { ...plain, body: '{"id":14}' }));
  settle(fetch(api + 'segments/update/', { ...plain, body: ${JSON.stringify(JSON.stringify(rename))} }));
  settle(fetch(api + 'segments/delete/?id=14', { mode: 'no-cors' }));
  settle(fetch('${editorOrigin}/__sandbox/reset', { method: 'POST', mode: 'no-cors' }));
  // A text/plain form sends "name=value": a name ending in "x":" and the value "} make it JSON.
  const field = document.getElementById('field');
  field.name = ${JSON.stringify(JSON.stringify(rename).slice(0, -1) + ',"x":"')};
  field.value = '"}';
  for (const [id, frame] of [['plain', 'sink-a'], ['encoded', 'sink-b']]) {
    document.querySelector('iframe[name="' + frame + '"]').onload = () => { window.done++; };
    document.getElementById(id).submit();
  }
</script></body></html>`;

test.beforeAll(async () => {
  server = createServer((req, res) => {
    if ((req.url ?? '/').startsWith('/attack.html'))
      res.writeHead(200, { 'Content-Type': 'text/html' }).end(attackPage);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(hostPort, '127.0.0.1', resolve));
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

for (const origin of [attacker, portal]) {
  test(`a page on ${origin.replace(/:\d+$/, '')} cannot change a segment or reset the sandbox`, async ({
    page,
    sandbox,
  }) => {
    // A change the attacker's reset would undo, and the segment it tries to rename and delete.
    expect((await sandbox.call('segments/update', { ...rename, id: 2, name: 'Kept' })).error).toBe(
      0,
    );
    const before = JSON.stringify(await sandbox.call('segments/get', { id: 14 }));

    const statuses: number[] = [];
    page.on('response', (response) => {
      if (response.url().startsWith(editorOrigin)) statuses.push(response.status());
    });
    await page.goto(`${origin}/attack.html`);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { done: number }).done))
      .toBe(6);

    // Every request was sent and refused by the server (403, 404 or 415); none succeeded.
    expect(statuses).toHaveLength(6);
    for (const status of statuses) expect([403, 404, 415]).toContain(status);
    expect(JSON.stringify(await sandbox.call('segments/get', { id: 14 }))).toBe(before);
    expect((await sandbox.getSegment(2)).name).toBe('Kept');
  });
}
