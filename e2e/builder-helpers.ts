import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';
import { parseRequest, type SegmentRequest, type WireFormat } from '../src/segment';
import { readFixture } from '../src/segment/fixtures';

/*
 * Helpers of the builder specs: they drive the UI only (labels and roles, as a person finds them)
 * and read the request back from the preview's Download, which holds the exact preview text.
 */

/** A request fixture without its token (the editor never holds one for a new segment). */
export function fixtureRequest(
  name: 'static' | 'dynamic' | 'updatable',
  format: WireFormat = 'json',
): SegmentRequest {
  const { token: _token, ...request } = parseRequest(readFixture(name, format), format);
  return request;
}

/** The preview's text in `format`, through its Download button. */
export async function previewText(page: Page, format: WireFormat): Promise<string> {
  const preview = page
    .getByRole('region', { name: 'Request preview' })
    .locator('xpath=ancestor::*[.//*[@role="tablist"]][1]');
  await preview.getByRole('tab', { name: format.toUpperCase() }).click();
  await expect(preview.getByRole('tab', { name: format.toUpperCase() })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    preview.getByRole('button', { name: 'Download' }).click(),
  ]);
  return readFile(await download.path(), 'utf8');
}

/** The request the preview shows, parsed from `format` (JSON.parse for JSON, keeping invalid drafts). */
export async function previewRequest(page: Page, format: WireFormat = 'json'): Promise<unknown> {
  const text = await previewText(page, format);
  return format === 'json' ? (JSON.parse(text) as unknown) : parseRequest(text, 'xml');
}

/** Waits until the preview (updated after a short pause) shows `expected`. */
export async function expectPreview(
  page: Page,
  expected: unknown,
  format: WireFormat = 'json',
): Promise<void> {
  await expect.poll(() => previewRequest(page, format), { timeout: 10_000 }).toEqual(expected);
}

/** The n-th group (1-based). */
export const group = (page: Page, n: number): Locator =>
  page.getByRole('region', { name: `Group ${n}`, exact: true });

/** The n-th condition (1-based) of a group. */
export const condition = (scope: Locator, n: number): Locator =>
  scope.getByRole('group', { name: `Condition ${n}`, exact: true });

/** Fills a field and leaves it, as a person does. */
export async function fillField(field: Locator, value: string): Promise<void> {
  await field.fill(value);
  await field.press('Tab');
}

/** Opens the editor on a new segment (database 1). */
export async function openNew(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.getByLabel('Segment name')).toBeVisible();
}

/** Presses Tab until `target` has the focus (the keyboard is the only input). */
export async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Chooses an option of a picker by its words, as a person does: types a few of them in the picker,
 * then clicks the option that reads `words` (its quiet API code may follow).
 */
export async function choose(picker: Locator, words: string, search = words): Promise<void> {
  await picker.click();
  await picker.fill(search);
  await picker
    .page()
    .getByRole('option', { name: new RegExp(`^${escapeRegExp(words)}( |$)`) })
    .click();
  await expect(picker).toHaveValue(words);
}

/** Chooses a condition's field by its words (`Field` picker of the condition `row`). */
export const chooseField = (row: Locator, words: string): Promise<void> =>
  choose(row.getByLabel('Field', { exact: true }), words);

/** Chooses a condition's operator by its words. */
export const chooseOperator = (row: Locator, words: string): Promise<void> =>
  choose(row.getByLabel('Operator', { exact: true }), words);

/** Shows a condition's raw API codes (`compo`, `name`, `operator`, `type`) if they are hidden. */
export async function openCodes(row: Locator): Promise<void> {
  const button = row.getByRole('button', { name: 'API codes' });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await expect(row.getByLabel('compo', { exact: true })).toBeVisible();
}
