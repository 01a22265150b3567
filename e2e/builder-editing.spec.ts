import { expect, test, type Page } from '@playwright/test';
import {
  chooseField,
  condition,
  fillField,
  group,
  openNew,
  previewRequest,
} from './builder-helpers';

test.use({ viewport: { width: 1400, height: 1000 } });

/** The field names of each group's conditions, as the preview shows them. */
async function fieldNames(page: Page): Promise<string[][]> {
  const request = (await previewRequest(page)) as { segment?: { queries: { name: string }[] }[] };
  return (request.segment ?? []).map((g) => g.queries.map((q) => q.name));
}

/** Two groups: [_city, _country] and [email]. */
async function twoGroups(page: Page): Promise<void> {
  await openNew(page);
  await chooseField(condition(group(page, 1), 1), 'City');
  await group(page, 1).getByRole('button', { name: 'Add condition' }).click();
  await chooseField(condition(group(page, 1), 2), 'Country');
  await page.getByRole('button', { name: 'Add group' }).click();
  await expect(group(page, 2)).toBeVisible();
  await expect.poll(() => fieldNames(page)).toEqual([['_city', '_country'], ['email']]);
}

test('switching dynamic -> static -> dynamic keeps the rules', async ({ page }) => {
  await openNew(page);
  const row = condition(group(page, 1), 1);
  await chooseField(row, 'City');
  await fillField(row.getByLabel('Value'), 'Berlin');
  await fillField(group(page, 1).getByLabel('Limit'), '25');
  await page.getByRole('radio', { name: /^Static/ }).check();
  await expect(group(page, 1)).toHaveCount(0);
  await expect(page.getByText(/rule groups are kept/)).toBeVisible();
  await expect
    .poll(async () => ((await previewRequest(page)) as { segment?: unknown }).segment)
    .toBeUndefined();
  await page.getByRole('radio', { name: /^Dynamic/ }).check();
  await expect(row.getByLabel('Field')).toHaveValue('City');
  await expect(row.getByLabel('Value')).toHaveValue('Berlin');
  await expect(group(page, 1).getByLabel('Limit')).toHaveValue('25');
  await expect.poll(() => fieldNames(page)).toEqual([['_city']]);
});

test('reorders conditions within and across groups by drag and drop', async ({ page }) => {
  await twoGroups(page);
  const drag = async (
    handle: ReturnType<Page['getByRole']>,
    target: ReturnType<Page['getByRole']>,
  ) => {
    const from = await handle.boundingBox();
    const to = await target.boundingBox();
    if (!from || !to) throw new Error('not laid out');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 + 8, { steps: 4 });
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 20 });
    await page.mouse.up();
  };
  // Across groups: the first condition of group 1 onto the first of group 2.
  await drag(
    condition(group(page, 1), 1).getByRole('button', { name: 'Drag condition 1' }),
    condition(group(page, 2), 1),
  );
  await expect.poll(() => fieldNames(page)).toEqual([['_country'], ['_city', 'email']]);
  // Within a group: the second condition of group 2 above the first.
  await drag(
    condition(group(page, 2), 2).getByRole('button', { name: 'Drag condition 2' }),
    condition(group(page, 2), 1),
  );
  await expect.poll(() => fieldNames(page)).toEqual([['_country'], ['email', '_city']]);
});

test('drags a condition with the keyboard on its handle, picked up before the drag code arrived', async ({
  page,
}) => {
  // Hold dnd-kit's chunk (loaded on idle or when a handle is touched) until the condition is
  // picked up: a keyboard drag a person starts at once must still happen.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/drag-layer-*.js', async (route) => {
    await held;
    await route.continue();
  });
  await twoGroups(page);
  const first = condition(group(page, 1), 1);
  await first.getByRole('button', { name: 'Drag condition 1' }).focus();
  await page.keyboard.press('Space');
  release();
  await expect(first).toHaveAttribute('data-dragging', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(condition(group(page, 1), 2)).toHaveAttribute('style', /translate3d\(0px, -/);
  await page.keyboard.press('Space');
  await expect.poll(() => fieldNames(page)).toEqual([['_country', '_city'], ['email']]);
  // Once loaded, the handle drags as it always did: the condition back up.
  const second = condition(group(page, 1), 2);
  await second.getByRole('button', { name: 'Drag condition 2' }).focus();
  await page.keyboard.press('Space');
  await expect(second).toHaveAttribute('data-dragging', 'true');
  await page.keyboard.press('ArrowUp');
  await expect(condition(group(page, 1), 1)).toHaveAttribute('style', /translate3d\(0px, [1-9]/);
  await page.keyboard.press('Space');
  await expect.poll(() => fieldNames(page)).toEqual([['_city', '_country'], ['email']]);
});

test('reorders conditions within and across groups with the keyboard', async ({ page }) => {
  await twoGroups(page);
  // Move down within group 1, from the condition's menu.
  await condition(group(page, 1), 1)
    .getByRole('button', { name: 'More actions for condition 1' })
    .focus();
  await page.keyboard.press('Enter');
  await page.getByRole('menuitem', { name: 'Move condition down' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => fieldNames(page)).toEqual([['_country', '_city'], ['email']]);
  await expect(
    condition(group(page, 1), 2).getByRole('button', { name: 'More actions for condition 2' }),
  ).toBeEnabled();
  // To the next group, from the condition's menu.
  await condition(group(page, 1), 2)
    .getByRole('button', { name: 'More actions for condition 2' })
    .focus();
  await page.keyboard.press('Enter');
  await page.getByRole('menuitem', { name: 'Move to next group' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => fieldNames(page)).toEqual([['_country'], ['_city', 'email']]);
  // And back to the previous group (its end).
  await condition(group(page, 2), 1)
    .getByRole('button', { name: 'More actions for condition 1' })
    .focus();
  await page.keyboard.press('Enter');
  await page.getByRole('menuitem', { name: 'Move to previous group' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => fieldNames(page)).toEqual([['_country', '_city'], ['email']]);
  // Move up within group 1 again.
  await condition(group(page, 1), 2)
    .getByRole('button', { name: 'More actions for condition 2' })
    .focus();
  await page.keyboard.press('Enter');
  await page.getByRole('menuitem', { name: 'Move condition up' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => fieldNames(page)).toEqual([['_city', '_country'], ['email']]);
});

test('undoes and redoes a sequence of ten edits', async ({ page }) => {
  // A controlled clock: each edit is moved past the typing-merge window without waiting for it.
  await page.clock.install();
  await openNew(page);
  // Opening the ID field is no edit; typing into it is.
  await page.getByRole('button', { name: 'Update an existing segment' }).click();
  const initial = await previewRequest(page);
  const first = group(page, 1);
  const row = condition(first, 1);
  const edits = [
    () => fillField(page.getByLabel('Segment name'), 'Ten edits'),
    () => fillField(page.getByLabel('Segment ID'), '77'),
    () => fillField(first.getByLabel('Limit'), '10'),
    () => fillField(first.getByLabel('Sample from', { exact: true }), '5'),
    () => first.getByLabel('Match').selectOption('or'),
    () => chooseField(row, 'City'),
    () => fillField(row.getByLabel('Value'), 'Oslo'),
    () => first.getByRole('button', { name: 'Add condition' }).click(),
    () => page.getByRole('button', { name: 'Add group' }).click(),
    () => page.getByRole('radio', { name: /^Updatable/ }).check(),
  ];
  for (const edit of edits) {
    await edit();
    // A pause longer than the typing-merge window keeps each edit its own step.
    await page.clock.fastForward(1100);
  }
  const edited = await previewRequest(page);
  expect(edited).toMatchObject({
    name: 'Ten edits',
    id: 77,
    is_static: true,
    is_refresh_daily: true,
  });
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  const redo = page.getByRole('button', { name: 'Redo', exact: true });
  // Five with the button, five with the shortcut.
  for (let i = 0; i < 5; i++) await undo.click();
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  for (let i = 0; i < 5; i++) await page.keyboard.press('Control+z');
  await expect(undo).toBeDisabled();
  await expect.poll(() => previewRequest(page)).toEqual(initial);
  for (let i = 0; i < 5; i++) await redo.click();
  for (let i = 0; i < 5; i++) await page.keyboard.press('Control+Shift+z');
  await expect(redo).toBeDisabled();
  await expect.poll(() => previewRequest(page)).toEqual(edited);
  await expect(page.getByLabel('Segment name')).toHaveValue('Ten edits');
  await expect(group(page, 2)).toBeVisible();
});
