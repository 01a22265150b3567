import { expect, test, type Locator, type Page } from '@playwright/test';
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

/** Holds dnd-kit's chunk (loaded on idle or when a handle is touched) until `release()`. */
async function holdDragCode(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/drag-layer-*.js', async (route) => {
    await held;
    await route.continue();
  });
  return release;
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

/** Where a locator's box has its middle, as the page is laid out now. */
async function middle(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not laid out');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Presses the handle and sets off toward the target, as a person does: dnd-kit scrolls the window
 * near its edges only in the directions the drag has moved, so a first nudge away from the target
 * (down, within 200 px of the window's bottom) had it scroll the page under the pointer, by as much
 * as the busy machine's timers allowed, and the drop missed the row aimed at.
 */
async function press(page: Page, handle: Locator, toward: { y: number }): Promise<void> {
  const from = await middle(handle);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x, from.y + Math.sign(toward.y - from.y) * 8, { steps: 4 });
}

/** Drags a condition by its handle onto the middle of the target, and lets it go there. */
async function drag(page: Page, handle: Locator, target: Locator): Promise<void> {
  const to = await middle(target);
  await press(page, handle, to);
  await page.mouse.move(to.x, to.y, { steps: 20 });
  await page.mouse.up();
}

test('reorders conditions within and across groups by drag and drop', async ({ page }) => {
  await twoGroups(page);
  // Across groups: the first condition of group 1 onto the first of group 2.
  await drag(
    page,
    condition(group(page, 1), 1).getByRole('button', { name: 'Drag condition 1' }),
    condition(group(page, 2), 1),
  );
  await expect.poll(() => fieldNames(page)).toEqual([['_country'], ['_city', 'email']]);
  // Within a group, at once: the second condition of group 2 above the first.
  await drag(
    page,
    condition(group(page, 2), 2).getByRole('button', { name: 'Drag condition 2' }),
    condition(group(page, 2), 1),
  );
  await expect.poll(() => fieldNames(page)).toEqual([['_country'], ['email', '_city']]);
});

test('drags a condition the moment it was added, the drag code already there', async ({ page }) => {
  await twoGroups(page);
  const first = condition(group(page, 1), 1);
  // dnd-kit is bound to the rows shown (its attributes are on their handles).
  await expect(first.getByRole('button', { name: 'Drag condition 1' })).toHaveAttribute(
    'aria-roledescription',
    'sortable',
  );
  // A new row is bound after the frame that shows it: a press on its handle at once still drags.
  await group(page, 1).getByRole('button', { name: 'Add condition' }).click();
  await drag(
    page,
    condition(group(page, 1), 3).getByRole('button', { name: 'Drag condition 3' }),
    first,
  );
  await expect.poll(() => fieldNames(page)).toEqual([['email', '_city', '_country'], ['email']]);
});

test('drags a condition with the mouse pressed on its handle before the drag code arrived', async ({
  page,
}) => {
  // Hold dnd-kit's chunk until the pointer has pressed the handle and moved on: a person dragging
  // right after the page opened must not have to press again.
  const release = await holdDragCode(page);
  await twoGroups(page);
  const first = condition(group(page, 1), 1);
  const to = await middle(condition(group(page, 1), 2));
  await press(page, first.getByRole('button', { name: 'Drag condition 1' }), to);
  await page.mouse.move(to.x, to.y - 20, { steps: 5 });
  await expect(first).not.toHaveAttribute('data-dragging');
  release();
  await expect(first).toHaveAttribute('data-dragging', 'true');
  await page.mouse.move(to.x, to.y, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => fieldNames(page)).toEqual([['_country', '_city'], ['email']]);
});

test('drags a condition with the keyboard on its handle, picked up before the drag code arrived', async ({
  page,
}) => {
  // Hold dnd-kit's chunk (loaded on idle or when a handle is touched) until the condition is
  // picked up: a keyboard drag a person starts at once must still happen.
  const release = await holdDragCode(page);
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

test('drag and drop comes back after its code failed to load: the next press on a handle tries again', async ({
  page,
}) => {
  // The idle preload's download fails (a dropped connection); the edits and the rest still work.
  let drop = true;
  let attempts = 0;
  // A retry asks for the same file with a query of its own (src/ui/retry-import.ts): dropped too.
  await page.route(/\/assets\/drag-layer-[^/?]+\.js(\?|$)/, async (route) => {
    attempts += 1;
    if (drop) await route.abort('internetdisconnected');
    else await route.continue();
  });
  await twoGroups(page);
  await expect.poll(() => attempts).toBeGreaterThan(0);
  drop = false;
  const first = condition(group(page, 1), 1);
  await first.getByRole('button', { name: 'Drag condition 1' }).focus();
  await page.keyboard.press('Space');
  await expect(first).toHaveAttribute('data-dragging', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(condition(group(page, 1), 2)).toHaveAttribute('style', /translate3d\(0px, -/);
  await page.keyboard.press('Space');
  await expect.poll(() => fieldNames(page)).toEqual([['_country', '_city'], ['email']]);
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
