import { expect, openSegment, saveButton, test, type Sandbox } from './save-helpers';

/* The segment changed on the server after it was loaded: the differences, then Overwrite, Reload or Cancel. */

test.use({ viewport: { width: 1400, height: 900 } });

async function changeOnServer(sandbox: Sandbox) {
  const current = await sandbox.getSegment(3);
  const { count: _count, description: _description, ...request } = current;
  const reply = await sandbox.call('segments/update', { ...request, name: 'Changed elsewhere' });
  expect(reply.error).toBe(0);
}

test('Save shows what changed on the server; Overwrite saves over it', async ({
  page,
  sandbox,
}) => {
  await openSegment(page, 3, 'Frequent visitors');
  await page.locator('#f-segment-0-queries-0-value').fill('99');
  await changeOnServer(sandbox);
  await saveButton(page).click();
  const dialog = page.getByRole('dialog', { name: 'Segment 3 changed on the server' });
  await expect(dialog).toBeVisible();
  const row = dialog.getByRole('row').filter({ hasText: /^name/ });
  await expect(row).toContainText('"Frequent visitors"');
  await expect(row).toContainText('"Changed elsewhere"');
  await dialog.getByRole('button', { name: 'Overwrite' }).click();
  await expect(page.getByText('Overwrote segment 3.')).toBeVisible();
  const saved = await sandbox.getSegment(3);
  expect(saved.name).toBe('Frequent visitors');
  expect(saved.segment).toMatchObject([{ queries: [{ value: [{ value: 99 }] }, {}] }]);
});

test("Reload discards the local edits and opens the server's version; Cancel changes nothing", async ({
  page,
  sandbox,
}) => {
  await openSegment(page, 3, 'Frequent visitors');
  await page.locator('#f-segment-0-queries-0-value').fill('99');
  await changeOnServer(sandbox);
  await saveButton(page).click();
  const dialog = page.getByRole('dialog', { name: 'Segment 3 changed on the server' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('#f-segment-0-queries-0-value')).toHaveValue('99');
  expect((await sandbox.getSegment(3)).name).toBe('Changed elsewhere');

  await saveButton(page).click();
  await dialog.getByRole('button', { name: 'Reload' }).click();
  await expect(page.getByLabel('Segment name')).toHaveValue('Changed elsewhere');
  await expect(page.locator('#f-segment-0-queries-0-value')).toHaveValue('10');
  await expect(page.getByText('Opened the server’s version of segment 3.')).toBeVisible();
  // The version reloaded is the one compared from now on: a save goes through without a conflict.
  await page.getByLabel('Segment name').fill('Changed elsewhere, then here');
  await saveButton(page).click();
  await expect(page.getByText('Updated segment 3.')).toBeVisible();
  expect((await sandbox.getSegment(3)).name).toBe('Changed elsewhere, then here');
});
