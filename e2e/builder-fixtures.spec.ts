import { expect, test, type Locator } from '@playwright/test';
import {
  chooseField,
  condition,
  expectPreview,
  fillField,
  fixtureRequest,
  group,
  openNew,
  previewText,
  tabTo,
} from './builder-helpers';
import { parseRequest } from '../src/segment';

/*
 * Build each of the seed's three requests from an empty segment through the UI, and compare the
 * preview, in JSON and in XML, to the fixture without its token.
 */

test.use({ viewport: { width: 1400, height: 1000 } });

test('builds the static fixture', async ({ page }) => {
  await openNew(page);
  await fillField(page.getByLabel('Segment name'), 'Static segment 2');
  await page.getByRole('button', { name: 'Update an existing segment' }).click();
  await fillField(page.getByLabel('Segment ID'), '2');
  await fillField(page.getByLabel('Database'), '5');
  await page.getByRole('radio', { name: /^Static/ }).check();
  await expect(page.getByRole('button', { name: 'Add group' })).toHaveCount(0);
  await expectPreview(page, fixtureRequest('static'));
  await expectPreview(page, fixtureRequest('static', 'xml'), 'xml');
});

for (const kind of ['dynamic', 'updatable'] as const) {
  test(`builds the ${kind} fixture`, async ({ page }) => {
    const expected = fixtureRequest(kind);
    await openNew(page);
    await fillField(page.getByLabel('Segment name'), expected.name);
    await page.getByRole('button', { name: 'Update an existing segment' }).click();
    await fillField(page.getByLabel('Segment ID'), String(expected.id));
    await fillField(page.getByLabel('Database'), '6');
    await page.getByRole('radio', { name: kind === 'dynamic' ? /^Dynamic/ : /^Updatable/ }).check();
    const first = group(page, 1);
    await fillField(first.getByLabel('Sample from', { exact: true }), '1');
    await fillField(first.getByLabel('Sample to', { exact: true }), '99');
    const row = condition(first, 1);
    await chooseField(row, 'E-mail domain group');
    await fillField(row.getByLabel('Domain group'), 'Yahoo! (US)');
    await expectPreview(page, expected);
    await expectPreview(page, fixtureRequest(kind, 'xml'), 'xml');
  });
}

test('builds the dynamic fixture with the keyboard only', async ({ page }) => {
  const expected = fixtureRequest('dynamic');
  await openNew(page);
  const type = async (field: Locator, text: string) => {
    await tabTo(page, field);
    await page.keyboard.press('Control+A');
    await page.keyboard.type(text);
  };
  await type(page.getByLabel('Segment name'), expected.name);
  await tabTo(page, page.getByRole('button', { name: 'Update an existing segment' }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Segment ID')).toBeFocused();
  await page.keyboard.type('14');
  await type(page.getByLabel('Database'), '6');
  await type(page.getByLabel('Sample from', { exact: true }), '1');
  await type(page.getByLabel('Sample to', { exact: true }), '99');
  const row = condition(group(page, 1), 1);
  // The field by its words: a search, then Enter takes the first match.
  await type(row.getByLabel('Field'), 'domain group');
  await page.keyboard.press('Enter');
  await expect(row.getByLabel('Field')).toHaveValue('E-mail domain group');
  await type(row.getByLabel('Domain group'), 'Yahoo! (US)');
  await page.keyboard.press('Escape');
  await tabTo(page, page.getByRole('button', { name: 'Download' }));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Enter'),
  ]);
  const { readFile } = await import('node:fs/promises');
  expect(JSON.parse(await readFile(await download.path(), 'utf8'))).toEqual(expected);
  // The XML tab, reached and chosen with the keyboard too.
  await tabTo(page, page.getByRole('tab', { name: 'JSON' }));
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'XML' })).toHaveAttribute('aria-selected', 'true');
  expect(parseRequest(await previewText(page, 'xml'), 'xml')).toEqual(
    fixtureRequest('dynamic', 'xml'),
  );
});
