import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFixture } from '../src/segment/fixtures';
import { expect, saveButton, savedId, test, type Sandbox } from './save-helpers';

/*
 * Never clobber a segment (issue 13): an ID that reached the form other than by loading or creating
 * the segment here (typed, imported, pasted as source; the portal's `set` is in embed.spec.ts) makes
 * Save ask first. Cancel leaves the server's segment byte for byte; Overwrite replaces it; Save as
 * new leaves it and creates another. The server is read back through the API.
 */

test.use({ viewport: { width: 1400, height: 900 } });

/** Segment `id` exactly as the API answers it. */
const onServer = async (sandbox: Sandbox, id: number) =>
  JSON.stringify(await sandbox.call('segments/get', { id }));

const overwriteDialog = (page: Page, id: number) =>
  page.getByRole('dialog', { name: `Overwrite segment ${id}?` });

/** A new static segment on database 5 named `name`, aimed by a typed ID at segment `id`. */
async function typeIdOfExisting(page: Page, name: string, id: number) {
  await page.goto('/?list=5');
  await page.getByLabel('Segment name').fill(name);
  await page.getByRole('radio', { name: /^Static/ }).check();
  await expect(page.getByText('Save will create a new segment.')).toBeVisible();
  await expect(page.getByLabel('Segment ID')).toHaveCount(0);
  await page.getByRole('button', { name: 'Update an existing segment' }).click();
  await page.getByLabel('Segment ID').fill(String(id));
}

test('a typed ID of an existing segment: Save asks; Cancel leaves it byte for byte; Overwrite replaces it', async ({
  page,
  sandbox,
}) => {
  const before = await onServer(sandbox, 2);
  const { name: oldName } = await sandbox.getSegment(2);
  await typeIdOfExisting(page, 'Typed over segment 2', 2);
  await expect(page.getByLabel('Segment ID')).toHaveAccessibleDescription(
    `Save will ask before it overwrites segment 2 “${oldName}”.`,
  );
  await saveButton(page).click();
  const dialog = overwriteDialog(page, 2);
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(`“${oldName}”`);
  await expect(dialog).toContainText('KindStatic');
  await expect(dialog).not.toContainText('after saving Static');
  await expect(dialog).toContainText('Database5 · Newsletter subscribers');
  const axe = await new AxeBuilder({ page }).include('[role="dialog"]').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual(
    [],
  );
  const row = dialog.getByRole('row').filter({ hasText: /^name/ });
  await expect(row).toContainText(`"${oldName}"`);
  await expect(row).toContainText('"Typed over segment 2"');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(await onServer(sandbox, 2)).toBe(before);
  await expect(page.getByLabel('Segment name')).toHaveValue('Typed over segment 2');

  await saveButton(page).click();
  await dialog.getByRole('button', { name: 'Overwrite segment 2' }).click();
  await expect(page.getByText('Overwrote segment 2.')).toBeVisible();
  expect((await sandbox.getSegment(2)).name).toBe('Typed over segment 2');
  // From now on it is this editor's segment: saved without a question, and said so.
  await expect(page).toHaveURL(/[?&]segment=2(&|$)/);
  await expect(page.getByLabel('Segment ID')).toHaveAccessibleDescription(
    'Save will update segment 2 “Typed over segment 2”.',
  );
  await page.getByLabel('Segment name').fill('Typed over, then renamed');
  await saveButton(page).click();
  await expect(page.getByText('Updated segment 2.')).toBeVisible();
  expect((await sandbox.getSegment(2)).name).toBe('Typed over, then renamed');
});

test('a typed ID of an existing segment: Save as new leaves it and creates another', async ({
  page,
  sandbox,
}) => {
  const before = await onServer(sandbox, 2);
  await typeIdOfExisting(page, 'A sibling of segment 2', 2);
  await saveButton(page).click();
  await overwriteDialog(page, 2).getByRole('button', { name: 'Save as new segment' }).click();
  const id = await savedId(page);
  expect(id).not.toBe(2);
  expect(await onServer(sandbox, 2)).toBe(before);
  expect(await sandbox.getSegment(id)).toMatchObject({
    name: 'A sibling of segment 2',
    list_id: 5,
  });
});

test('a typed ID that names no segment is offered as a new segment', async ({ page, sandbox }) => {
  await typeIdOfExisting(page, 'Aimed at nothing', 999);
  await expect(page.getByLabel('Segment ID')).toHaveAccessibleDescription(
    'There is no segment 999: Save will offer a new one.',
  );
  await saveButton(page).click();
  const dialog = page.getByRole('dialog', { name: 'There is no segment 999' });
  await expect(dialog).toContainText('Segment 999 not found.');
  await dialog.getByRole('button', { name: 'Save as new segment' }).click();
  const id = await savedId(page);
  expect(await sandbox.getSegment(id)).toMatchObject({ name: 'Aimed at nothing' });
  expect((await sandbox.call('segments/get', { id: 999 })).error).not.toBe(0);
});

test('an imported request naming segment 14: Save asks; Cancel changes nothing; Overwrite replaces it', async ({
  page,
  sandbox,
}) => {
  const before = await onServer(sandbox, 14);
  const text = readFixture('dynamic', 'xml');
  await page.goto('/');
  await page.getByRole('button', { name: 'Import' }).click();
  const importDialog = page.getByRole('dialog', { name: 'Import a request' });
  await importDialog.getByRole('textbox', { name: 'Request text' }).fill(text);
  await importDialog.getByRole('button', { name: 'Load' }).click();
  await expect(page.getByLabel('Segment ID')).toHaveValue('14');
  await saveButton(page).click();
  const dialog = overwriteDialog(page, 14);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await onServer(sandbox, 14)).toBe(before);
  await saveButton(page).click();
  await dialog.getByRole('button', { name: 'Overwrite segment 14' }).click();
  await expect(page.getByText('Overwrote segment 14.')).toBeVisible();
  expect(await sandbox.getSegment(14)).toMatchObject({ name: 'Static segment 2', list_id: 6 });
});

test('an ID pasted through Edit source: Save asks; Cancel and Save as new leave that segment alone', async ({
  page,
  sandbox,
}) => {
  const before = await onServer(sandbox, 3);
  await page.goto('/?list=5');
  await expect(page.getByLabel('Segment name')).toBeVisible();
  await page.getByRole('button', { name: 'Edit source' }).click();
  const source = page.getByRole('dialog', { name: 'Edit source' });
  const request = {
    id: 3,
    list_id: 5,
    name: 'Pasted over segment 3',
    is_static: true,
    is_refresh_daily: false,
  };
  await source.getByRole('textbox', { name: 'Request source' }).fill(JSON.stringify(request));
  await source.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByLabel('Segment ID')).toHaveValue('3');
  await saveButton(page).click();
  await overwriteDialog(page, 3).getByRole('button', { name: 'Cancel' }).click();
  expect(await onServer(sandbox, 3)).toBe(before);
  await saveButton(page).click();
  await overwriteDialog(page, 3).getByRole('button', { name: 'Save as new segment' }).click();
  const id = await savedId(page);
  expect(await onServer(sandbox, 3)).toBe(before);
  expect(await sandbox.getSegment(id)).toMatchObject({ name: 'Pasted over segment 3', list_id: 5 });
});

test('a new segment starts on a database that exists, and one not in the list is flagged before Save', async ({
  page,
  sandbox,
}) => {
  const databases = (await sandbox.call('databases/list', {})).data as {
    id: number;
    name: string;
  }[];
  const first = databases[0];
  await page.goto('/');
  const database = page.getByLabel('Database');
  await expect(database).toHaveValue(String(first?.id));
  await expect(database).toHaveAccessibleDescription(first?.name ?? '');
  await database.fill('77');
  await expect(database).toHaveAccessibleDescription(
    'Database 77 is not in the list of databases: check the ID before saving.',
  );
  // The database last saved on is where the next new segment starts.
  await database.fill('6');
  await page.getByLabel('Segment name').fill('On database 6');
  await page.getByRole('radio', { name: /^Static/ }).check();
  await saveButton(page).click();
  await savedId(page);
  await page.goto('/');
  await expect(page.getByLabel('Database')).toHaveValue('6');
});
