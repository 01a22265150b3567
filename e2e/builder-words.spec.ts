import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  choose,
  chooseField,
  chooseOperator,
  condition,
  expectPreview,
  fillField,
  fixtureRequest,
  group,
  openCodes,
  openNew,
  previewRequest,
} from './builder-helpers';

/*
 * The builder in a campaign manager's words (issue 14): conditions built by choosing words, the raw
 * API codes for rules the catalogue does not know, guard rails at the field, every picker's list
 * inside the window, and a summary that names fields by their titles in both languages.
 */

const codesButton = (row: Locator) => row.getByRole('button', { name: 'API codes' });
const summary = (page: Page) =>
  page.getByRole('region', { name: /^(In plain words|Простыми словами)$/ });

test.describe('at 1400 px', () => {
  test.use({ viewport: { width: 1400, height: 1000 } });

  test('builds the documentation’s dynamic example by choosing words, without opening the API codes', async ({
    page,
  }) => {
    const expected = fixtureRequest('dynamic');
    await openNew(page);
    await fillField(page.getByLabel('Segment name'), expected.name);
    await page.getByRole('button', { name: 'Update an existing segment' }).click();
    await fillField(page.getByLabel('Segment ID'), String(expected.id));
    await fillField(page.getByLabel('Database'), '6');
    const first = group(page, 1);
    await fillField(first.getByLabel('Sample from', { exact: true }), '1');
    await fillField(first.getByLabel('Sample to', { exact: true }), '99');
    const row = condition(first, 1);
    await chooseField(row, 'E-mail domain group');
    await chooseOperator(row, 'equals');
    await choose(row.getByLabel('Domain group'), 'Yahoo! (US)', 'yahoo');
    await expect(row.getByLabel('Field', { exact: true })).toHaveValue('E-mail domain group');
    await expect(codesButton(row)).toHaveAttribute('aria-expanded', 'false');
    await expect(row.getByLabel('compo', { exact: true })).toHaveCount(0);
    await expectPreview(page, expected);
    await expect(summary(page)).toContainText(
      'the e-mail domain group is Yahoo! (US); sample 1–99%, no limit',
    );
    await expect(first.getByText(/Match all · sample 1–99% · no limit/)).toBeVisible();
  });

  test('builds a rule the catalogue does not know through its API codes', async ({ page }) => {
    await openNew(page);
    const row = condition(group(page, 1), 1);
    await openCodes(row);
    await fillField(row.getByLabel('compo', { exact: true }), 'geo');
    await fillField(row.getByLabel('name', { exact: true }), 'radius');
    await fillField(row.getByLabel('operator', { exact: true }), 'within');
    await fillField(row.getByLabel('type', { exact: true }), 'geo');
    await fillField(row.getByLabel('Parameter', { exact: true }), 'km');
    await fillField(row.getByLabel('Value', { exact: true }), '10');
    await expect(row.getByLabel('Field', { exact: true })).toHaveValue('radius (geo)');
    await expect(row.getByLabel('Operator', { exact: true })).toHaveValue('within');
    await expect
      .poll(
        async () =>
          ((await previewRequest(page)) as { segment: { queries: unknown[] }[] }).segment[0]
            ?.queries[0],
      )
      .toEqual({
        compo: 'geo',
        name: 'radius',
        operator: 'within',
        type: 'geo',
        value: [{ name: 'km', value: '10' }],
      });
  });

  test('a loaded condition the catalogue does not know shows its API codes from the start', async ({
    page,
  }) => {
    await openNew(page);
    const request = {
      ...fixtureRequest('dynamic'),
      segment: [
        {
          ...fixtureRequest('dynamic').segment?.[0],
          queries: [
            {
              compo: 'domaingroup',
              name: 'email',
              operator: 'equal',
              type: 'email',
              value: [{ name: 'domaingroup', value: 'Gmail' }],
            },
            {
              compo: 'geo',
              name: 'radius',
              operator: 'within',
              type: 'geo',
              value: [{ name: 'km', value: 10 }],
            },
          ],
        },
      ],
    };
    await page.getByRole('button', { name: 'Import' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a request' });
    await dialog.getByRole('textbox', { name: 'Request text' }).fill(JSON.stringify(request));
    await dialog.getByRole('button', { name: 'Load' }).click();
    await expect(dialog).toBeHidden();
    await expect(codesButton(condition(group(page, 1), 1))).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    const unknown = condition(group(page, 1), 2);
    await expect(codesButton(unknown)).toHaveAttribute('aria-expanded', 'true');
    await expect(unknown.getByLabel('compo', { exact: true })).toHaveValue('geo');
    await expect(unknown.getByLabel('Field', { exact: true })).toHaveValue('radius (geo)');
  });

  test('a known rule cannot go out with a contradicting type or an empty required value', async ({
    page,
  }) => {
    await openNew(page);
    await fillField(page.getByLabel('Segment name'), 'Guarded');
    const row = condition(group(page, 1), 1);
    await chooseField(row, 'E-mail domain group');
    // Nothing picked: the problem is said at the input, in words.
    await row.getByLabel('Domain group').focus();
    await row.getByLabel('Domain group').press('Tab');
    await expect(row.getByLabel('Domain group')).toHaveAccessibleDescription(
      'Pick a domain group.',
    );
    // A type typed by hand that contradicts the rule is flagged at the type.
    await openCodes(row);
    await fillField(row.getByLabel('type', { exact: true }), 'int');
    await expect(row.getByLabel('type', { exact: true })).toHaveAccessibleDescription(
      /takes the type "email" \(E-mail\), not "int"/,
    );
    let sent = 0;
    await page.route('**/api/v1.1/segments/add/', (route) => {
      sent += 1;
      return route.fulfill({
        json: { error: 0, error_text: 'Successful operation', data: { saved_id: 99 } },
      });
    });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Not saved' })).toContainText(
      'fix the problems first (2)',
    );
    const problems = page
      .getByRole('alert')
      .filter({ hasText: 'Problems to fix before saving: 2' });
    await expect(problems).toContainText(
      'Group 1 · Condition 1 · Domain group: Pick a domain group.',
    );
    await expect(problems).toContainText('Group 1 · Condition 1 · type (API codes)');
    expect(sent).toBe(0);
    // Choosing the field again corrects the type; picking a group fills the value.
    await chooseField(row, 'City');
    await chooseField(row, 'E-mail domain group');
    await expect(row.getByLabel('type', { exact: true })).toHaveValue('email');
    await choose(row.getByLabel('Domain group'), 'Gmail');
    await expect(row.getByLabel('Domain group')).not.toHaveAccessibleDescription(
      'Pick a domain group.',
    );
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => sent).toBe(1);
  });

  test('the summary names fields by their titles, in English and in Russian', async ({ page }) => {
    await openNew(page, '?list=5');
    const row = condition(group(page, 1), 1);
    await chooseField(row, 'Visits');
    await chooseOperator(row, 'is greater than');
    await fillField(row.getByLabel('Value'), '10');
    await group(page, 1).getByRole('button', { name: 'Add condition' }).click();
    const city = condition(group(page, 1), 2);
    await chooseField(city, 'City');
    await fillField(city.getByLabel('Value'), 'Moscow');
    await expect(summary(page)).toContainText('Visits is greater than 10 and City is Moscow');
    await expect(summary(page)).not.toContainText('visits');
    await page.getByLabel('Language').selectOption('ru');
    await expect(summary(page)).toContainText('Visits больше 10 и Город совпадает с Moscow');
    const russian = page.getByRole('region', { name: 'Группа 1', exact: true });
    await expect(russian.getByLabel('Оператор', { exact: true }).first()).toHaveValue('больше');
    await expect(russian.getByLabel('Поле', { exact: true }).nth(1)).toHaveValue('Город');
  });
});

/** Asserts the open list of `picker` lies wholly inside the window. */
async function expectListInside(page: Page, picker: Locator): Promise<void> {
  await picker.click();
  const list = page.getByRole('listbox');
  await expect(list, `the list of ${picker.toString()}`).toBeVisible();
  const box = await list.boundingBox();
  const view = page.viewportSize();
  if (!box || !view) throw new Error('not laid out');
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(view.width);
  expect(box.y + box.height).toBeLessThanOrEqual(view.height);
  await picker.press('Escape');
  await expect(list).toHaveCount(0);
}

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 480, height: 800 },
]) {
  test(`every picker's list opens inside the window at ${viewport.width}x${viewport.height}`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await openNew(page, '?list=5');
    const row = condition(group(page, 1), 1);
    await chooseField(row, 'E-mail domain group');
    await openCodes(row);
    const pickers = [
      row.getByLabel('Field', { exact: true }),
      row.getByLabel('Operator', { exact: true }),
      row.getByLabel('Domain group'),
      row.getByLabel('compo', { exact: true }),
      row.getByLabel('name', { exact: true }),
      row.getByLabel('operator', { exact: true }),
      row.getByLabel('type', { exact: true }),
    ];
    // In the middle of the window, then at its bottom (where lists used to open below it).
    for (const place of ['center', 'end'] as const) {
      for (const picker of pickers) {
        await picker.evaluate((element, block) => element.scrollIntoView({ block }), place);
        await expectListInside(page, picker);
      }
    }
  });
}
