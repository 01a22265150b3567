import { expect, openSegment, saveButton, test } from './save-helpers';

/*
 * A server that does not add the token (route override of /app-config.json): the person types it
 * in the token field; it is sent in the request body, and never appears in a URL, in localStorage
 * or in the console during a full load-edit-save.
 */

test.use({ viewport: { width: 1400, height: 900 } });

const TOKEN = process.env.E2E_SANDBOX_TOKEN ?? 'sandbox';

test('the token typed in the token field never reaches the URL, localStorage or the console', async ({
  page,
  sandbox,
}) => {
  const consoleText: string[] = [];
  const urls: string[] = [];
  const bodies: string[] = [];
  page.on('console', (message) => consoleText.push(message.text()));
  page.on('pageerror', (error) => consoleText.push(error.message));
  page.on('request', (request) => {
    urls.push(request.url());
    if (request.url().includes('/api/')) bodies.push(request.postData() ?? '');
  });
  page.on('framenavigated', (frame) => urls.push(frame.url()));
  await page.route('**/app-config.json', (route) =>
    route.fulfill({ json: { allowedOrigins: [], tokenInjected: false, mode: 'proxy' } }),
  );

  await openSegment(page, 3, 'Frequent visitors');
  const notice = page.getByRole('alert').filter({ hasText: 'does not add the API token' });
  await notice.getByRole('button', { name: 'Enter token' }).click();
  const dialog = page.getByRole('dialog', { name: 'Connection' });
  const field = dialog.getByLabel('API token');
  await expect(field).toHaveAttribute('type', 'password');
  await field.fill(TOKEN);
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(notice).toBeHidden();

  await page.getByLabel('Segment name').fill('Saved with a typed token');
  await saveButton(page).click();
  await expect(page.getByText('Updated segment 3.')).toBeVisible();
  expect((await sandbox.getSegment(3)).name).toBe('Saved with a typed token');

  // It was sent (in the body) ...
  expect(
    bodies.filter(
      (body) => body.includes(`"token":"${TOKEN}"`) || body.includes(`"token": "${TOKEN}"`),
    ).length,
  ).toBeGreaterThan(0);
  // ... and is nowhere else.
  const storage = await page.evaluate(() => ({
    local: Object.entries(localStorage).flat().join('\n'),
    session: Object.entries(sessionStorage).flat().join('\n'),
  }));
  expect(storage.local).not.toContain(TOKEN);
  expect(storage.session).not.toContain(TOKEN);
  expect(urls.filter((url) => url.includes(TOKEN))).toEqual([]);
  expect(consoleText.filter((text) => text.includes(TOKEN))).toEqual([]);
  expect(page.url()).not.toContain(TOKEN);
});

test('"Remember for this tab" keeps the token in sessionStorage only, and Forget removes it', async ({
  page,
}) => {
  await page.route('**/app-config.json', (route) =>
    route.fulfill({ json: { allowedOrigins: [], tokenInjected: false, mode: 'proxy' } }),
  );
  await openSegment(page, 3, 'Frequent visitors');
  await page.getByRole('button', { name: 'Connection settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Connection' });
  await dialog.getByLabel('API token').fill(TOKEN);
  await dialog.getByLabel('Remember for this tab').check();
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await page.reload();
  await expect(page.locator('#f-name')).toHaveValue('Frequent visitors');
  await expect(
    page.getByRole('alert').filter({ hasText: 'does not add the API token' }),
  ).toHaveCount(0);
  expect(await page.evaluate(() => Object.values(sessionStorage).join('\n'))).toContain(TOKEN);
  expect(await page.evaluate(() => Object.entries(localStorage).flat().join('\n'))).not.toContain(
    TOKEN,
  );
  await page.getByRole('button', { name: 'Connection settings' }).click();
  await page
    .getByRole('dialog', { name: 'Connection' })
    .getByRole('button', { name: 'Forget token' })
    .click();
  expect(await page.evaluate(() => Object.values(sessionStorage).join('\n'))).not.toContain(TOKEN);
});
