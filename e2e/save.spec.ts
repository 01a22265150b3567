import { expect, openSegment, saveButton, savedId, test } from './save-helpers';

/* Loading a segment by ID and saving it over the API, read back through the API. */

test.use({ viewport: { width: 1400, height: 900 } });

test('loads a segment by ID, saves a change and reads it back through the API', async ({
  page,
  sandbox,
}) => {
  await openSegment(page, 3, 'Frequent visitors');
  await expect(page.locator('#f-segment-0-queries-0-value')).toHaveValue('10');
  await expect(page.getByLabel('Database')).toHaveAttribute('readonly', '');
  // A changed ID would save over another segment: it is locked too.
  await expect(page.getByLabel('Segment ID')).toHaveAttribute('readonly', '');
  await page.getByLabel('Segment name').fill('Frequent visitors (edited)');
  await page.locator('#f-segment-0-queries-0-value').fill('25');
  await saveButton(page).click();
  await expect(page.getByText('Updated segment 3.')).toBeVisible();
  const saved = await sandbox.getSegment(3);
  expect(saved).toMatchObject({
    id: 3,
    name: 'Frequent visitors (edited)',
    list_id: 5,
    is_static: false,
  });
  expect(saved.segment).toMatchObject([
    { queries: [{ name: 'visits', value: [{ name: 'value', value: 25 }] }, { name: 'interests' }] },
  ]);
});

test('saves with an XML body (?format=xml) and reads it back', async ({ page, sandbox }) => {
  const bodies: { type: string; body: string }[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/segments/update'))
      bodies.push({
        type: request.headers()['content-type'] ?? '',
        body: request.postData() ?? '',
      });
  });
  await openSegment(page, 12, 'Recent big spenders', '&format=xml');
  await page.getByLabel('Segment name').fill('Big spenders <XML> & more');
  await saveButton(page).click();
  await expect(page.getByText('Updated segment 12.')).toBeVisible();
  expect(bodies).toHaveLength(1);
  expect(bodies[0]?.type).toContain('application/xml');
  expect(bodies[0]?.body).toMatch(/^<xml>/);
  expect(bodies[0]?.body).toContain('<name>Big spenders &lt;XML&gt; &amp; more</name>');
  expect(await sandbox.getSegment(12)).toMatchObject({
    name: 'Big spenders <XML> & more',
    is_static: true,
    is_refresh_daily: true,
  });
});

test('Ctrl+S saves', async ({ page, sandbox }) => {
  await openSegment(page, 3, 'Frequent visitors');
  const name = page.getByLabel('Segment name');
  await name.fill('Saved by keyboard');
  await name.press('Control+s');
  await expect(page.getByText('Updated segment 3.')).toBeVisible();
  expect((await sandbox.getSegment(3)).name).toBe('Saved by keyboard');
});

test('a new segment saved gets its ID in the address, and its database is locked from then on', async ({
  page,
  sandbox,
}) => {
  await page.goto('/?list=5');
  await page.getByLabel('Segment name').fill('Brand new');
  await page.locator('#f-segment-0-queries-0-value').fill('someone@example.com');
  await saveButton(page).click();
  const id = await savedId(page);
  await expect(page).toHaveURL(new RegExp(`[?&]segment=${id}(&|$)`));
  expect(page.url()).not.toContain('list=');
  await expect(page.getByLabel('Segment ID')).toHaveValue(String(id));
  await expect(page.getByLabel('Segment ID')).toHaveAttribute('readonly', '');
  await expect(page.getByLabel('Database')).toHaveAttribute('readonly', '');
  expect(await sandbox.getSegment(id)).toMatchObject({ name: 'Brand new', list_id: 5 });
  // A second save updates the same segment.
  await page.getByLabel('Segment name').fill('Brand new, renamed');
  await saveButton(page).click();
  await expect(page.getByText(`Updated segment ${id}.`)).toBeVisible();
  expect((await sandbox.getSegment(id)).name).toBe('Brand new, renamed');
});

test('Save as new adds a copy and leaves the original alone', async ({ page, sandbox }) => {
  await openSegment(page, 3, 'Frequent visitors');
  await page.getByLabel('Segment name').fill('Copy of frequent visitors');
  await page.getByRole('button', { name: 'More options' }).click();
  await page.getByRole('menuitem', { name: 'Save as new' }).click();
  const id = await savedId(page);
  expect(id).not.toBe(3);
  await expect(page).toHaveURL(new RegExp(`[?&]segment=${id}(&|$)`));
  expect((await sandbox.getSegment(id)).name).toBe('Copy of frequent visitors');
  expect((await sandbox.getSegment(3)).name).toBe('Frequent visitors');
});
