import { expect, openSegment, saveButton, test } from './save-helpers';

/* Loading by ID: the loading state, an error with Retry, a kind the API does not say, the API's pickers, Open segment. */

test.use({ viewport: { width: 1400, height: 900 } });

test('shows the loading state, then an error with Retry that loads once the server answers', async ({
  page,
  sandbox,
}) => {
  await sandbox.fault({ mode: 'slow', count: 1, delayMs: 1500, paths: ['segments/get'] });
  await page.goto('/?segment=3');
  await expect(page.getByRole('status').filter({ hasText: 'Loading segment 3…' })).toBeVisible();
  await expect(page.locator('#f-name')).toHaveValue('Frequent visitors');

  await sandbox.fault({
    mode: 'api-error',
    count: 1,
    error: 403,
    errorText: 'Access denied',
    paths: ['segments/get'],
  });
  await page.reload();
  const error = page.getByRole('alert').filter({ hasText: 'Segment 3 could not be loaded' });
  await expect(error).toContainText('Altcraft refused the request (error 403): Access denied');
  await error.getByRole('button', { name: 'Retry' }).click();
  await expect(page.locator('#f-name')).toHaveValue('Frequent visitors');
});

test('a segment that answers at once opens straight into the editor: no loading screen is rendered first', async ({
  page,
}) => {
  // Every element the page ever adds is looked at: a loading screen shown and replaced within one
  // task (rendered for nothing before the editor) is caught too, painted or not.
  await page.addInitScript(() => {
    const seen = { loading: false, header: 0 };
    (window as unknown as { __seen: typeof seen }).__seen = seen;
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue;
          if (/Loading segment/.test(node.textContent ?? '')) seen.loading = true;
          if (node.matches('header') || node.querySelector('header')) seen.header++;
        }
    }).observe(document, { childList: true, subtree: true });
  });
  // The application's code is held until the segment and its database's fields are answered, so
  // that the segment is there when it starts however busy the machine is (a segment slower than
  // that rightly shows the loading screen).
  let answered = () => {};
  const bothAnswered = new Promise<void>((resolve) => {
    let count = 0;
    answered = () => {
      if (++count === 2) resolve();
    };
  });
  page.on('requestfinished', (request) => {
    if (/segments\/get\/|databases\/fields_get\//.test(request.url())) answered();
  });
  await page.route('**/assets/boot-*.js', async (route) => {
    await bothAnswered;
    await route.continue();
  });
  await openSegment(page, 3, 'Frequent visitors');
  const seen = await page.evaluate(() => (window as unknown as { __seen: unknown }).__seen);
  expect(seen).toEqual({ loading: false, header: 1 });
});

test('opening a saved segment does not read which database new segments start on', async ({
  page,
}) => {
  // The first read of localStorage can hold a page for some 20 ms: only a new segment needs it.
  await page.addInitScript(() => {
    const read: string[] = [];
    (window as unknown as { __read: string[] }).__read = read;
    const { getItem } = Object.getOwnPropertyDescriptors(Storage.prototype);
    const original = getItem?.value as (this: Storage, key: string) => string | null;
    Storage.prototype.getItem = function (this: Storage, key: string) {
      read.push(key);
      return original.call(this, key);
    };
  });
  await openSegment(page, 3, 'Frequent visitors');
  const read = await page.evaluate(() => (window as unknown as { __read: string[] }).__read);
  expect(read).not.toContain('segment-editor:last-database');
  await page.goto('/?lang=en');
  await expect(page.getByLabel('Segment name')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __read: string[] }).__read)).toContain(
    'segment-editor:last-database',
  );
});

test("the preview's and the sample slider's code are asked for only once the rules are on screen", async ({
  page,
}) => {
  // Loaded beside the first screen, their code was evaluated in its way; now after it.
  await page.addInitScript(() => {
    const seen: Record<string, number> = {};
    (window as unknown as { __seen: typeof seen }).__seen = seen;
    new MutationObserver(() => {
      if (seen.rows === undefined && document.querySelector('.se-condition-row input'))
        seen.rows = performance.now();
    }).observe(document, { childList: true, subtree: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const chunk = /\/assets\/(preview-content|sample-slider)-/.exec(entry.name)?.[1];
        if (chunk && seen[chunk] === undefined) seen[chunk] = entry.startTime;
      }
    }).observe({ type: 'resource', buffered: true });
  });
  await openSegment(page, 3, 'Frequent visitors');
  await expect(page.getByRole('region', { name: 'Request preview' })).toBeVisible();
  await expect(page.getByRole('slider').first()).toBeAttached();
  const seen = await page.evaluate(
    () => (window as unknown as { __seen: Record<string, number> }).__seen,
  );
  expect(seen.rows).toBeGreaterThan(0);
  expect(seen['preview-content']).toBeGreaterThan(seen.rows ?? Infinity);
  expect(seen['sample-slider']).toBeGreaterThan(seen.rows ?? Infinity);
});

test('asks to check the kind when the API does not say it (real Altcraft)', async ({ page }) => {
  await page.route('**/api/v1.1/segments/get/', async (route) => {
    const response = await route.fetch();
    const json = (await response.json()) as { data: Record<string, unknown> };
    delete json.data.is_static;
    delete json.data.is_refresh_daily;
    await route.fulfill({ response, json });
  });
  await openSegment(page, 12, 'Recent big spenders');
  const note = page.getByRole('alert').filter({ hasText: 'does not say which kind' });
  await expect(note).toContainText('set to Dynamic because it has rules');
  await expect(page.getByRole('radio', { name: /^Dynamic/ })).toBeChecked();
  await note.getByRole('button', { name: 'Check kind' }).click();
  await expect(page.getByRole('radio', { name: /^Static/ })).toBeFocused();
});

test("offers the API's databases, the database's own fields and the segments in the pickers", async ({
  page,
}) => {
  await page.goto('/?list=5');
  const database = page.getByLabel('Database');
  await expect(database).toHaveAccessibleDescription('Newsletter subscribers');
  await page.getByRole('button', { name: 'Pick from the list' }).click();
  await page.getByRole('menuitem', { name: /Customers/ }).click();
  await expect(database).toHaveValue('6');
  await expect(database).toHaveAccessibleDescription('Customers');
  // The Field picker offers the database's own fields by their titles; the type follows (API codes).
  const field = page.locator('#f-segment-0-queries-0-name');
  await field.fill('loyal');
  await expect(page.getByRole('option', { name: /Loyalty level/ })).toBeVisible();
  await page.getByRole('option', { name: /Loyalty level/ }).click();
  await expect(field).toHaveValue('Loyalty level');
  await page.getByRole('button', { name: 'API codes' }).click();
  await expect(page.locator('#f-segment-0-queries-0-type')).toHaveValue('string');

  await field.fill('static segment');
  await page.getByRole('option', { name: /^Membership of a static segment/ }).click();
  const segment = page.locator('#f-segment-0-queries-0-value');
  await expect(segment).toHaveValue('');
  await segment.click();
  await expect(page.getByRole('option', { name: /Recent big spenders/ })).toBeVisible();
  await page.getByRole('option', { name: /Recent big spenders/ }).click();
  await expect(segment).toHaveValue('12');
});

test('Open segment lists the segments and asks first when there are unsaved changes', async ({
  page,
}) => {
  await openSegment(page, 3, 'Frequent visitors');
  await page.getByRole('button', { name: 'Open segment' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open a segment' });
  await dialog.getByLabel('Find by name or ID').fill('spenders');
  await dialog.getByRole('button', { name: /Recent big spenders/ }).click();
  await expect(page).toHaveURL(/[?&]segment=12(&|$)/);
  await expect(page.locator('#f-name')).toHaveValue('Recent big spenders');

  await page.getByLabel('Segment name').fill('Unsaved rename');
  await page.getByRole('button', { name: 'Open segment' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /Frequent visitors/ })
    .click();
  const ask = page.getByRole('dialog', { name: 'Leave unsaved changes?' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Stay' }).click();
  await expect(page.getByLabel('Segment name')).toHaveValue('Unsaved rename');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /Frequent visitors/ })
    .click();
  await page.getByRole('dialog').getByRole('button', { name: 'Open segment 3' }).click();
  await expect(page.locator('#f-name')).toHaveValue('Frequent visitors');
});

test('Open segment tells same-named segments apart; the loaded one shows its audience, refreshed after a save', async ({
  page,
}) => {
  await openSegment(page, 3, 'Frequent visitors');
  const banner = page.getByRole('banner');
  await expect(banner).toContainText('Frequent visitors · 87 profiles at the last count');
  await page.getByRole('button', { name: 'Open segment' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open a segment' });
  await dialog.getByLabel('Find by name or ID').fill('Static segment 2');
  const items = dialog.getByRole('button', { name: /^Static segment 2/ });
  await expect(items).toHaveCount(3);
  await expect(
    items.filter({
      hasText: 'ID 2 · database “Newsletter subscribers” · 1,200 profiles at the last count',
    }),
  ).toHaveCount(1);
  await expect(
    items.filter({ hasText: 'ID 14 · database “Customers” · 1,520 profiles at the last count' }),
  ).toHaveCount(1);
  await expect(
    items.filter({ hasText: 'ID 28 · database “Customers” · 980 profiles at the last count' }),
  ).toHaveCount(1);
  // Found by ID too.
  await dialog.getByLabel('Find by name or ID').fill('28');
  await expect(dialog.getByRole('button', { name: /^Static segment 2/ })).toHaveCount(1);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  // Saved under a new name: the header asks the server again.
  await page.getByLabel('Segment name').fill('Very frequent visitors');
  await saveButton(page).click();
  await expect(page.getByRole('status').filter({ hasText: 'Updated segment 3.' })).toBeVisible();
  await expect(banner).toContainText('Very frequent visitors · 87 profiles at the last count');
});

test("the first screen's chunk asks the browser to compile all its functions while it loads", async ({
  request,
}) => {
  // V8's compile hint counts on a file's first line only: the served chunk must start with it.
  const html = await (await request.get('/')).text();
  const boot = /<link rel="modulepreload" crossorigin href="(\/assets\/boot-[\w-]+\.js)">/.exec(
    html,
  )?.[1];
  expect(boot, 'index.html preloads the first screen chunk').toBeDefined();
  const code = await (await request.get(boot ?? '')).text();
  expect(code.slice(0, code.indexOf('\n'))).toBe('//# allFunctionsCalledOnLoad');
  expect(code.length).toBeGreaterThan(100_000);
});

test("the page's scripts and style sheet arrive compressed, and the page works with them", async ({
  page,
}) => {
  await openSegment(page, 3, 'Frequent visitors');
  const sizes = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => /\/assets\/(main|boot)-[\w-]+\.(js|css)$/.test(entry.name))
      .map((entry) => {
        const timing = entry as PerformanceResourceTiming;
        return { encoded: timing.encodedBodySize, decoded: timing.decodedBodySize };
      }),
  );
  // The start-up chunk, its style sheet and the first screen's chunk, each at under half its size.
  expect(sizes).toHaveLength(3);
  for (const { encoded, decoded } of sizes) expect(encoded * 2).toBeLessThan(decoded);
});
