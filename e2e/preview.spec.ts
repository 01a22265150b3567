import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { parseRequest } from '../src/segment';

/*
 * The live preview in the composed app: format tabs, live update, problems linked to their lines,
 * Copy and Download, keyboard use, axe, and a 480 px wide window.
 */

const preview = (page: Page) => page.getByRole('region', { name: 'Request preview' });
/** The preview's own block: tabs, buttons, code and problems. */
const block = (page: Page) => preview(page).locator('xpath=ancestor::*[.//*[@role="tablist"]][1]');

async function openNew(page: Page) {
  await page.goto('/');
  await expect(page.getByLabel('Segment name')).toBeVisible();
  await expect(preview(page)).toBeVisible();
}

test.describe('wide window', () => {
  test.use({ viewport: { width: 1400, height: 1000 } });

  test('follows the edits, in JSON and in XML', async ({ page }) => {
    await openNew(page);
    await page.getByLabel('Segment name').fill('Spring <sale> & "friends"');
    await expect(preview(page)).toContainText('"name": "Spring <sale> & \\"friends\\""');
    await block(page).getByRole('tab', { name: 'XML' }).click();
    await expect(block(page).getByRole('tab', { name: 'XML' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(preview(page)).toContainText(
      '<name>Spring &lt;sale&gt; &amp; &quot;friends&quot;</name>',
    );
    await expect(preview(page)).toContainText('<segment array="">');
  });

  test('a preview that cannot load says so, keeps the edits and loads on Retry', async ({
    page,
  }) => {
    // The preview is a chunk of its own: every download of it drops (a dropped connection) until
    // the connection is back, just before Retry. The page may try more than once by itself.
    let online = false;
    let dropped = 0;
    // A retry asks for the same file with a query of its own (src/ui/retry-import.ts): dropped too.
    await page.route(/\/assets\/preview-content-[^/?]+\.js(\?|$)/, (route) => {
      if (online) return route.continue();
      dropped++;
      return route.abort('connectionreset');
    });
    await page.goto('/');
    await page.getByLabel('Segment name').fill('Kept while the preview fails');
    const failure = page
      .getByRole('alert')
      .filter({ hasText: 'The preview could not be loaded. Your edits are kept.' });
    await expect(failure).toBeVisible();
    expect(dropped).toBeGreaterThan(0);
    online = true;
    await failure.getByRole('button', { name: 'Retry' }).click();
    await expect(preview(page)).toContainText('"name": "Kept while the preview fails"');
    await expect(page.getByLabel('Segment name')).toHaveValue('Kept while the preview fails');
    await expect(failure).toHaveCount(0);
  });

  test('lists the problems, links each to its lines, and keeps the text', async ({ page }) => {
    await openNew(page);
    await page.getByLabel('Segment name').fill('');
    const problems = block(page).getByRole('alert');
    await expect(problems).toContainText(
      /Problems to fix before the API accepts this request: \d+/,
    );
    await problems.getByRole('button', { name: 'Segment name', exact: true }).click();
    await expect(preview(page)).toBeFocused();
    const marked = preview(page).locator('[data-marked]');
    await expect(marked.first()).toBeVisible();
    await expect(marked.first()).toContainText('"name": ""');
  });

  test('downloads and copies exactly the text shown', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openNew(page);
    await page.getByLabel('Segment name').fill('Copied segment');
    await expect(preview(page)).toContainText('Copied segment');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      block(page).getByRole('button', { name: 'Download' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('segment-new.json');
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(await download.path(), 'utf8');
    expect(parseRequest(text, 'json').name).toBe('Copied segment');
    await block(page).getByRole('button', { name: 'Copy' }).click();
    await expect(block(page).getByRole('status')).toHaveText('Copied to the clipboard');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
  });

  test('is operable with the keyboard and has no serious axe violation', async ({ page }) => {
    await openNew(page);
    const json = block(page).getByRole('tab', { name: 'JSON' });
    await json.focus();
    await page.keyboard.press('ArrowRight');
    await expect(block(page).getByRole('tab', { name: 'XML' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(preview(page)).toContainText('<xml>');
    await preview(page).focus();
    await expect(preview(page)).toBeFocused();
    const outline = await preview(page).evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    const axe = await new AxeBuilder({ page }).include('aside').analyze();
    const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });
});

test.describe('480 px wide', () => {
  test.use({ viewport: { width: 480, height: 800 } });

  test('fits the window and scrolls the code inside its box', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('tab', { name: 'Preview' }).click();
    await expect(preview(page)).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const box = await preview(page).boundingBox();
    expect(box?.width).toBeLessThanOrEqual(480);
    await expect(block(page).getByRole('button', { name: 'Download' })).toBeInViewport();
    const axe = await new AxeBuilder({ page }).include('[role="tabpanel"]').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual(
      [],
    );
  });
});
