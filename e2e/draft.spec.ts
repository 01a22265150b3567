import type { Page } from '@playwright/test';
import { expect, openSegment, saveButton, test } from './save-helpers';

/* Nothing lost: the draft on this device, offered back after a reload; leaving asks first. */

test.use({ viewport: { width: 1400, height: 900 } });

const KEY = 'segment-editor:draft:3';
const draftName = (page: Page) =>
  page.evaluate((key) => {
    const text = localStorage.getItem(key);
    return text === null ? null : (JSON.parse(text) as { request: { name: string } }).request.name;
  }, KEY);

test('a read-only page does not offer the draft; the editable page still does', async ({
  page,
}) => {
  await openSegment(page, 3, 'Frequent visitors');
  await page.getByLabel('Segment name').fill('Edited elsewhere');
  await expect.poll(() => draftName(page)).toBe('Edited elsewhere');
  page.on('dialog', (dialog) => void dialog.accept());
  const banner = page.getByRole('region', { name: /You have unsaved changes from/ });

  await page.goto('/?segment=3&readonly=1');
  await expect(page.locator('#f-name')).toHaveValue('Frequent visitors');
  // The preview is drawn once the page is idle after its first paint, after the draft's offer.
  await expect(page.getByRole('tab', { name: 'JSON' })).toBeVisible();
  await expect(banner).toHaveCount(0);
  expect(await draftName(page)).toBe('Edited elsewhere');

  await page.goto('/?segment=3');
  await expect(banner).toBeVisible();
});

test('a reload in the middle of editing offers the draft back, and Restore brings it', async ({
  page,
}) => {
  await openSegment(page, 3, 'Frequent visitors');
  await page.getByLabel('Segment name').fill('Half-done rename');
  await page.locator('#f-segment-0-queries-0-value').fill('77');
  await expect.poll(() => draftName(page)).toBe('Half-done rename');

  // Leaving asks first; the test accepts, as a person choosing "Leave" would.
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void dialog.accept();
  });
  await page.reload();
  expect(dialogs).toEqual(['beforeunload']);
  await expect(page.locator('#f-name')).toHaveValue('Frequent visitors');
  const banner = page.getByRole('region', { name: /You have unsaved changes from/ });
  await expect(banner).toBeVisible();
  await banner.getByRole('button', { name: 'Restore' }).click();
  await expect(banner).toBeHidden();
  await expect(page.getByLabel('Segment name')).toHaveValue('Half-done rename');
  await expect(page.locator('#f-segment-0-queries-0-value')).toHaveValue('77');

  await saveButton(page).click();
  await expect(page.getByText('Updated segment 3.')).toBeVisible();
  await expect.poll(() => draftName(page)).toBeNull();
  // Saved: nothing unsaved, so leaving does not ask, and no draft is offered.
  await page.reload();
  await expect(page.locator('#f-name')).toHaveValue('Half-done rename');
  expect(dialogs).toEqual(['beforeunload']);
  await expect(page.getByRole('region', { name: /You have unsaved changes/ })).toHaveCount(0);
});

test('Discard forgets the draft and keeps what was loaded', async ({ page }) => {
  await openSegment(page, 3, 'Frequent visitors');
  await page.getByLabel('Segment name').fill('To be discarded');
  await expect.poll(() => draftName(page)).toBe('To be discarded');
  page.on('dialog', (dialog) => void dialog.accept());
  await page.reload();
  await page
    .getByRole('region', { name: /You have unsaved changes/ })
    .getByRole('button', { name: 'Discard' })
    .click();
  await expect(page.getByLabel('Segment name')).toHaveValue('Frequent visitors');
  expect(await draftName(page)).toBeNull();
});

test('an edit undone back to what was loaded leaves no draft', async ({ page }) => {
  await openSegment(page, 3, 'Frequent visitors');
  const name = page.getByLabel('Segment name');
  await name.fill('Briefly changed');
  await expect.poll(() => draftName(page)).toBe('Briefly changed');
  await name.fill('Frequent visitors');
  await expect.poll(() => draftName(page)).toBeNull();
});
