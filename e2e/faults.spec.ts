import {
  expect,
  openSegment,
  saveButton,
  savedId,
  test,
  type Fault,
  type Sandbox,
} from './save-helpers';

/*
 * Every fault of the sandbox on a save: the message says what happened, every edit stays, and
 * Retry (once the fault is cleared) saves them. Retryable faults (5xx, HTML from a proxy, timeout,
 * dropped connection) are armed for more calls than the client's retries, so the failure shows.
 */

test.use({ viewport: { width: 1400, height: 900 } });
// Retryable faults take the client's whole backoff (1 + 2 + 4 s) before they show.
test.describe.configure({ timeout: 90_000 });

const cases: { mode: Fault['mode']; fault: Fault; message: RegExp; query?: string }[] = [
  {
    mode: 'http500',
    fault: { mode: 'http500', count: 10 },
    message: /The server failed with HTTP 500/,
  },
  {
    mode: 'html',
    fault: { mode: 'html', count: 10 },
    message: /answered with an HTML page instead of API data \(HTTP 502\)/,
  },
  // The client gives up after 2 s (?timeout=2000); the sandbox holds each call 2.5 s, then applies it.
  {
    mode: 'slow',
    fault: { mode: 'slow', count: 10, delayMs: 2500 },
    message: /No answer within 2 s/,
    query: '&timeout=2000',
  },
  { mode: 'drop', fault: { mode: 'drop', count: 10 }, message: /Could not reach the server/ },
  {
    mode: 'malformed',
    fault: { mode: 'malformed', count: 1 },
    message: /not with API data that the editor can read/,
  },
  {
    mode: 'api-error',
    fault: { mode: 'api-error', count: 1, error: 403, errorText: 'Access denied' },
    message: /Altcraft refused the request \(error 403\): Access denied/,
  },
];

for (const { mode, fault, message, query = '' } of cases) {
  test(`a save failing with ${mode} says so, keeps the edits, and Retry saves them`, async ({
    page,
    sandbox,
  }) => {
    await openSegment(page, 3, 'Frequent visitors', query);
    await page.getByLabel('Segment name').fill(`Edited through ${mode}`);
    await page.locator('#f-segment-0-queries-0-value').fill('42');
    await sandbox.fault({ ...fault, paths: ['segments/update'] });
    await saveButton(page).click();
    // Retried with backoff: no second submit meanwhile.
    if (fault.count !== 1) await expect(saveButton(page)).toBeDisabled();
    const status = page.getByRole('status').filter({ hasText: 'Not saved' });
    await expect(status).toContainText(message, { timeout: 45_000 });
    await expect(status).toContainText('Your edits are kept.');
    await expect(page.getByLabel('Segment name')).toHaveValue(`Edited through ${mode}`);
    await expect(page.locator('#f-segment-0-queries-0-value')).toHaveValue('42');
    await expect(saveButton(page)).toBeEnabled();

    if (mode === 'slow') {
      // The held updates are applied when their delay ends. A call held as long, sent after the
      // last of them, comes back only when they have all landed: none lands after Retry's save.
      await sandbox.fault({ ...fault, count: 1, paths: ['segments/get'] });
      expect((await sandbox.getSegment(3)).name).toBe(`Edited through ${mode}`);
    }
    await sandbox.clearFaults();
    await status.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByText('Updated segment 3.')).toBeVisible({ timeout: 20_000 });
    const saved = await sandbox.getSegment(3);
    expect(saved.name).toBe(`Edited through ${mode}`);
    expect(saved.segment).toMatchObject([
      { queries: [{ value: [{ name: 'value', value: 42 }] }, {}] },
    ]);
  });
}

/** The segments named `name` on the server, through the API. */
async function named(sandbox: Sandbox, name: string): Promise<{ id: number }[]> {
  const reply = await sandbox.call('segments/list', { limit: 1000 });
  return (reply.data as { id: number; name: string }[]).filter((s) => s.name === name);
}

test('an add that times out is never repeated: the segment it created late is found and named', async ({
  page,
  sandbox,
}) => {
  const adds: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/segments/add')) adds.push(request.url());
  });
  await page.goto('/?list=5&timeout=2000');
  await page.getByLabel('Segment name').fill('Added through slow');
  await page.locator('#f-segment-0-queries-0-value').fill('slow@example.com');
  // The client gives up after 2 s; the sandbox applies the add after 3 s.
  await sandbox.fault({ mode: 'slow', count: 1, delayMs: 3000, paths: ['segments/add'] });
  await saveButton(page).click();
  // Worded by the real cause: the client stopped waiting, the connection did not drop.
  const found = page.getByText(/^Segment \d+ was created, but its answer did not come in time\./);
  await expect(found).toBeVisible({ timeout: 30_000 });
  const segments = await named(sandbox, 'Added through slow');
  expect(segments).toHaveLength(1);
  const id = segments[0]?.id ?? 0;
  await expect(found).toHaveText(
    `Segment ${id} was created, but its answer did not come in time. You are editing it now.`,
  );
  expect(adds).toHaveLength(1);
  // The editor now edits that segment: the next Save updates it, creating nothing.
  await expect(page).toHaveURL(new RegExp(`[?&]segment=${id}(&|$)`));
  await page.getByLabel('Segment name').fill('Added through slow, renamed');
  await saveButton(page).click();
  await expect(page.getByText(`Updated segment ${id}.`)).toBeVisible();
  expect(adds).toHaveLength(1);
  expect(await named(sandbox, 'Added through slow')).toHaveLength(0);
});

test('an add whose connection dropped: "Nothing was created", and Retry creates exactly one', async ({
  page,
  sandbox,
}) => {
  await page.goto('/?list=5');
  await page.getByLabel('Segment name').fill('Added through drop');
  await page.locator('#f-segment-0-queries-0-value').fill('drop@example.com');
  // Several: Chromium itself resends a request on another kept-alive connection when one drops
  // before any answer. The page sends the add once (counted below).
  const adds: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/segments/add')) adds.push(request.url());
  });
  await sandbox.fault({ mode: 'drop', count: 20, paths: ['segments/add'] });
  await saveButton(page).click();
  const status = page.getByRole('status').filter({ hasText: 'Nothing was created' });
  await expect(status).toContainText(/Nothing was created: Could not reach the server/, {
    timeout: 30_000,
  });
  await expect(status).toContainText('Your edits are kept.');
  expect(await named(sandbox, 'Added through drop')).toHaveLength(0);
  expect(adds).toHaveLength(1);
  await sandbox.clearFaults();
  await status.getByRole('button', { name: 'Retry' }).click();
  const id = await savedId(page);
  expect(await named(sandbox, 'Added through drop')).toEqual([expect.objectContaining({ id })]);
});
