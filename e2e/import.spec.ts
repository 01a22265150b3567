import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { parseRequest, type WireFormat } from '../src/segment';
import { readFixture, requestFixtureNames } from '../src/segment/fixtures';

/*
 * Import through the composed app: every request fixture in both formats, a segments/get reply,
 * a file, and bad inputs that must leave the editor exactly as it was.
 */

test.use({ viewport: { width: 1400, height: 1000 } });

const preview = (page: Page) => page.getByRole('region', { name: 'Request preview' });
const block = (page: Page) => preview(page).locator('xpath=ancestor::*[.//*[@role="tablist"]][1]');
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Import a request' });

/** The preview's exact text in `format`, through its Download button. */
async function previewText(page: Page, format: WireFormat): Promise<string> {
  await block(page).getByRole('tab', { name: format.toUpperCase() }).click();
  await expect(block(page).getByRole('tab', { name: format.toUpperCase() })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    block(page).getByRole('button', { name: 'Download' }).click(),
  ]);
  return readFile(await download.path(), 'utf8');
}

async function openImport(page: Page) {
  await page.goto('/');
  await expect(page.getByLabel('Segment name')).toBeVisible();
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(dialog(page)).toBeVisible();
}

const withoutToken = (text: string, format: WireFormat) => {
  const { token: _token, ...request } = parseRequest(text, format);
  return request;
};

for (const name of requestFixtureNames) {
  for (const format of ['json', 'xml'] as const) {
    test(`imports the ${name} fixture from ${format.toUpperCase()}`, async ({ page }) => {
      const text = readFixture(name, format);
      const expected = withoutToken(text, format);
      await openImport(page);
      await dialog(page).getByRole('textbox', { name: 'Request text' }).fill(text);
      const found = dialog(page).getByRole('region', { name: 'Found' });
      await expect(found).toContainText(`An Update segment request (${format.toUpperCase()})`);
      await expect(found).toContainText(expected.name);
      await expect(found).toContainText(`Rule groups${expected.segment?.length ?? 0}`);
      await dialog(page).getByRole('button', { name: 'Load' }).click();
      await expect(dialog(page)).toBeHidden();
      await expect(page.getByLabel('Segment name')).toHaveValue(expected.name);
      await expect
        .poll(async () => JSON.parse(await previewText(page, 'json')) as unknown)
        .toEqual(expected);
      expect(parseRequest(await previewText(page, 'xml'), 'xml')).toEqual(expected);
    });
  }
}

test('imports a segments/get reply as the kind the person chooses', async ({ page }) => {
  await openImport(page);
  await dialog(page)
    .getByRole('textbox', { name: 'Request text' })
    .fill(readFixture('get-response', 'xml'));
  await expect(dialog(page).getByRole('radio', { name: 'Dynamic' })).toBeChecked();
  await dialog(page).getByRole('radio', { name: 'Updatable (refreshed daily)' }).check();
  await dialog(page).getByRole('button', { name: 'Load' }).click();
  await expect(page.getByLabel('Segment name')).toHaveValue('Yahoo users');
  await expect
    .poll(async () => JSON.parse(await previewText(page, 'json')) as unknown)
    .toMatchObject({
      id: 14,
      list_id: 6,
      name: 'Yahoo users',
      is_static: true,
      is_refresh_daily: true,
    });
});

test('imports a chosen file', async ({ page }) => {
  await openImport(page);
  await dialog(page)
    .locator('input[type=file]')
    .setInputFiles({
      name: 'segment.xml',
      mimeType: 'application/xml',
      buffer: Buffer.from(readFixture('updatable', 'xml')),
    });
  await expect(dialog(page).getByRole('region', { name: 'Found' })).toContainText('Updatable');
  await dialog(page).getByRole('button', { name: 'Load' }).click();
  await expect
    .poll(async () => JSON.parse(await previewText(page, 'json')) as unknown)
    .toEqual(withoutToken(readFixture('updatable', 'xml'), 'xml'));
});

const bad: [string, string, RegExp][] = [
  [
    'truncated JSON',
    readFixture('dynamic', 'json').slice(0, 150),
    /^JSON (line \d+, column \d+|end of input)/,
  ],
  ['the wrong XML root', '<request><name>x</name></request>', /root element must be <xml>/],
  [
    'a DOCTYPE',
    '<!DOCTYPE xml [<!ENTITY e "x">]><xml><name>&e;</name></xml>',
    /DOCTYPE and entity declarations are not allowed/,
  ],
  [
    'a sample that ends first',
    readFixture('dynamic', 'json').replace('"percent_to": 99', '"percent_to": 1'),
    /^segment\[0\]\.percent_to: /,
  ],
  [
    'an API error reply',
    '{"error": 403, "error_text": "Access denied"}',
    /reporting error 403: Access denied/,
  ],
];

test('refuses bad inputs with their own message and leaves the editor unchanged', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByLabel('Segment name').fill('Before import');
  await expect(preview(page)).toContainText('Before import');
  const before = await previewText(page, 'json');
  for (const [label, text, message] of bad) {
    await page.getByRole('button', { name: 'Import' }).click();
    await dialog(page).getByRole('textbox', { name: 'Request text' }).fill(text);
    await expect(dialog(page).getByRole('alert'), label).toHaveText(message);
    await expect(dialog(page).getByRole('button', { name: 'Load' })).toBeDisabled();
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
  }
  await expect(page.getByLabel('Segment name')).toHaveValue('Before import');
  expect(await previewText(page, 'json')).toBe(before);
});

test('works with the keyboard alone and has no serious axe violation', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByLabel('Segment name')).toBeVisible();
  await page.getByRole('button', { name: 'Import' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog(page).getByRole('textbox', { name: 'Request text' })).toBeFocused();
  await page.keyboard.insertText(readFixture('static', 'json'));
  await expect(dialog(page).getByRole('region', { name: 'Found' })).toContainText('Static');
  const axe = await new AxeBuilder({ page }).include('[role="dialog"]').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual(
    [],
  );
  // From the text box, Tab reaches Load (the summary has no controls for a request).
  const load = dialog(page).getByRole('button', { name: 'Load' });
  for (let i = 0; i < 5 && !(await load.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(load).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeHidden();
  await expect(page.getByLabel('Segment name')).toHaveValue('Static segment 2');
});

test.describe('480 px wide', () => {
  test.use({ viewport: { width: 480, height: 800 } });

  test('imports in a full-screen dialog', async ({ page }) => {
    await openImport(page);
    const box = await dialog(page).boundingBox();
    expect(box?.width).toBeLessThanOrEqual(480);
    await dialog(page)
      .getByRole('textbox', { name: 'Request text' })
      .fill(readFixture('multi-group', 'json'));
    await expect(dialog(page).getByRole('region', { name: 'Found' })).toContainText('Conditions');
    await dialog(page).getByRole('button', { name: 'Load' }).click();
    await expect(page.getByLabel('Segment name')).toHaveValue(/Engaged subscribers/);
  });
});
