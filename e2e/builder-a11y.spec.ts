import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { chooseField, condition, fillField, group, openCodes, openNew } from './builder-helpers';

/*
 * axe on an empty, a filled and an invalid segment, narrow (a 480 px iframe) and wide: no serious
 * or critical violation. With SHOTS_DIR set, each state is also saved as a screenshot to look at.
 */

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function fill(page: Page): Promise<void> {
  await fillField(page.getByLabel('Segment name'), 'Engaged <b>subscribers</b>');
  await page.getByRole('button', { name: 'Update an existing segment' }).click();
  await fillField(page.getByLabel('Segment ID'), '31');
  await chooseField(condition(group(page, 1), 1), 'E-mail domain group');
  await fillField(condition(group(page, 1), 1).getByLabel('Domain group'), 'Gmail');
  await group(page, 1).getByRole('button', { name: 'Add condition' }).click();
  await chooseField(condition(group(page, 1), 2), 'Membership of a static segment');
  await page.getByRole('button', { name: 'Add group' }).click();
  await chooseField(condition(group(page, 2), 1), 'Birth date');
  // The raw codes shown too, so that axe sees them.
  await openCodes(condition(group(page, 2), 1));
}

async function invalid(page: Page): Promise<void> {
  await fillField(group(page, 1).getByLabel('Limit'), '-1');
  await openCodes(condition(group(page, 1), 1));
  await fillField(condition(group(page, 1), 1).getByLabel('operator', { exact: true }), '');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Problems to fix before saving' }),
  ).toBeVisible();
}

const states = { empty: async () => {}, filled: fill, invalid } as const;

for (const width of [480, 1400]) {
  for (const [state, prepare] of Object.entries(states)) {
    test(`axe finds no serious violation: ${state} segment at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await openNew(page, '?list=6');
      await prepare(page);
      // Axe reads colours: wait until the transitions (an alert fading in, a group opening) are over.
      await page.waitForFunction(() =>
        document.getAnimations().every((animation) => animation.playState !== 'running'),
      );
      if (process.env.SHOTS_DIR)
        await page.screenshot({
          path: `${process.env.SHOTS_DIR}/${state}-${width}.png`,
          fullPage: true,
        });
      expect(await seriousViolations(page)).toEqual([]);
      // Nothing overflows sideways, even in a 480 px iframe.
      expect(
        await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ),
      ).toBeLessThanOrEqual(0);
    });
  }
}

test('read-only mode shows everything, edits nothing, keeps the preview', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await openNew(page, '?list=6&readonly=1');
  await expect(page.getByText('Read-only')).toBeVisible();
  for (const name of ['Save', 'Add group', 'Add condition', 'Undo', 'Redo']) {
    await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);
  }
  const name = page.getByLabel('Segment name');
  await expect(name).toHaveAttribute('readonly', '');
  await name.press('a');
  await expect(name).toHaveValue('');
  await expect(condition(group(page, 1), 1).getByLabel('Field')).toHaveAttribute('readonly', '');
  await openCodes(condition(group(page, 1), 1));
  await expect(condition(group(page, 1), 1).getByLabel('name', { exact: true })).toHaveAttribute(
    'readonly',
    '',
  );
  await expect(page.getByRole('region', { name: 'Request preview' })).toBeVisible();
  if (process.env.SHOTS_DIR)
    await page.screenshot({ path: `${process.env.SHOTS_DIR}/readonly-1400.png`, fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);
});
