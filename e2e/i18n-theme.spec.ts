import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFixture } from '../src/segment/fixtures';

/*
 * Languages and themes on a filled segment (the two-group fixture, imported): switching the
 * language changes labels, validation messages and the plain-language summary; light, dark and the
 * system's scheme (followed live) change the page's colours; axe finds no serious or critical
 * violation in either language and theme, at 480 and 1400 px. With SHOTS_DIR set, each state is
 * also saved as a screenshot to look at (Russian strings are longer).
 */

const summary = (page: Page, name = 'In plain words') => page.getByRole('region', { name });
const background = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const LIGHT = 'rgb(255, 255, 255)';
const DARK = 'rgb(18, 18, 18)';

/** Opens the editor and loads the two-group fixture through Import, in English. */
async function openFilled(page: Page, query = ''): Promise<void> {
  await page.goto(`/?list=6${query}`);
  await expect(page.getByLabel('Segment name')).toBeVisible();
  await page.getByRole('button', { name: 'Import' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a request' });
  await dialog
    .getByRole('textbox', { name: 'Request text' })
    .fill(readFixture('multi-group', 'json'));
  await dialog.getByRole('button', { name: 'Load' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Segment name')).toHaveValue('Engaged subscribers & friends <VIP>');
}

/** Empties the segment name and leaves the field, so that it shows its problem. */
async function breakName(page: Page, label = 'Segment name'): Promise<void> {
  const name = page.getByLabel(label);
  await name.fill('');
  await name.press('Tab');
}

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('switches to Russian and back: labels, validation messages and the summary follow', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await openFilled(page);
  // Each language by its own name, Russian's before its texts are loaded.
  await expect(page.locator('#app-language option')).toHaveText(['English', 'Русский']);
  await breakName(page);
  // The message shows at the field and in the preview's list of problems.
  await expect(page.getByLabel('Segment name')).toHaveAccessibleDescription('Enter segment name.');
  await expect(page.getByText('Enter segment name.')).toHaveCount(2);
  await expect(summary(page)).toContainText(
    'Dynamic segment on database “Customers”, 2 rule groups. Group 1:',
  );

  await page.getByLabel('Language').selectOption('ru');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByLabel('Название сегмента')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Добавить группу' })).toBeVisible();
  await expect(page.getByLabel('Название сегмента')).toHaveAccessibleDescription(
    'Заполните поле «название сегмента».',
  );
  await expect(page.getByText('Заполните поле «название сегмента».')).toHaveCount(2);
  await expect(summary(page, 'Простыми словами')).toContainText(
    'Динамический сегмент на базе «Customers», групп правил: 2. Группа 1:',
  );
  await expect(page.getByText('Условий: 2').first()).toBeVisible();
  await expect(page.getByText('Enter segment name.')).toHaveCount(0);

  await page.getByLabel('Язык').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByLabel('Segment name')).toHaveAccessibleDescription('Enter segment name.');
  await expect(page.getByText('Enter segment name.')).toHaveCount(2);
  await expect(summary(page)).toContainText('Dynamic segment on database “Customers”');
});

test('starts in the language of ?lang=, else of the browser', async ({ browser }) => {
  const russianBrowser = await browser.newContext({ locale: 'ru-RU' });
  const page = await russianBrowser.newPage();
  await page.goto('/');
  await expect(page.getByLabel('Название сегмента')).toBeVisible();
  await page.goto('/?lang=en');
  await expect(page.getByLabel('Segment name')).toBeVisible();
  await russianBrowser.close();

  // Russian is a chunk of its own: an English page never downloads it.
  const englishBrowser = await browser.newContext({ locale: 'en-US' });
  const other = await englishBrowser.newPage();
  const scripts: string[] = [];
  other.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await other.goto('/');
  await expect(other.getByLabel('Segment name')).toBeVisible();
  await expect(other.getByRole('region', { name: 'Request preview' })).toBeVisible();
  expect(scripts.some((path) => /\/assets\/main-/.test(path))).toBe(true);
  expect(scripts.filter((path) => /\/assets\/ru-/.test(path))).toEqual([]);
  await other.goto('/?lang=ru');
  await expect(other.getByLabel('Название сегмента')).toBeVisible();
  await englishBrowser.close();
});

test('light, dark and auto (the system scheme, followed live)', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/?theme=dark');
  await expect(page.getByLabel('Segment name')).toBeVisible();
  await expect.poll(() => background(page)).toBe(DARK);

  const theme = page.getByLabel('Theme');
  await theme.selectOption('light');
  await expect.poll(() => background(page)).toBe(LIGHT);
  await theme.selectOption('dark');
  await expect.poll(() => background(page)).toBe(DARK);

  await theme.selectOption('auto');
  await expect.poll(() => background(page)).toBe(LIGHT);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => background(page)).toBe(DARK);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => background(page)).toBe(LIGHT);

  // The choice survives a change of language.
  await theme.selectOption('dark');
  await page.getByLabel('Language').selectOption('ru');
  await expect(page.getByLabel('Тема')).toHaveValue('dark');
  await expect.poll(() => background(page)).toBe(DARK);
});

test('the static styles come from the page’s style sheet, in both schemes', async ({ page }) => {
  await openFilled(page, '&theme=light');
  const row = page
    .getByRole('region', { name: 'Group 1' })
    .getByRole('group', { name: 'Condition 1' });
  await expect(row).toHaveCSS('display', 'grid');
  await expect(row).toHaveCSS('border-top-style', 'solid');
  await expect(row).toHaveCSS('border-top-width', '1px');
  await expect(row).toHaveCSS('border-top-color', 'rgba(0, 0, 0, 0.12)');
  // The rule is in the <link>ed sheet of index.html; emotion inserted no global sheet of its own.
  const sheets = await page.evaluate(() => ({
    row: [...document.styleSheets]
      .filter((sheet) =>
        [...sheet.cssRules].some(
          (rule) => rule instanceof CSSStyleRule && rule.selectorText === '.se-condition-row',
        ),
      )
      .map((sheet) => (sheet.ownerNode as Element).outerHTML),
    global: document.querySelectorAll('style[data-emotion="css-global"]').length,
  }));
  expect(sheets.row).toEqual([
    expect.stringMatching(/^<link rel="stylesheet"[^>]* href="\/assets\/main-[\w-]+\.css">$/),
  ]);
  expect(sheets.global).toBe(0);
  await page.getByLabel('Theme').selectOption('dark');
  await expect(row).toHaveCSS('border-top-color', 'rgba(255, 255, 255, 0.12)');
  await expect(row).toHaveCSS('background-color', 'rgb(18, 18, 18)');
});

test('?theme=auto starts in the system scheme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/?theme=auto');
  await expect(page.getByLabel('Segment name')).toBeVisible();
  await expect.poll(() => background(page)).toBe(DARK);
});

for (const lang of ['en', 'ru'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    for (const width of [480, 1400]) {
      test(`axe finds no serious violation: ${lang}, ${theme}, ${width} px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await openFilled(page, `&theme=${theme}`);
        if (lang === 'ru') await page.getByLabel('Language').selectOption('ru');
        await breakName(page, lang === 'ru' ? 'Название сегмента' : 'Segment name');
        await expect(
          page.getByLabel(lang === 'ru' ? 'Название сегмента' : 'Segment name'),
        ).toHaveAccessibleDescription(
          lang === 'ru' ? 'Заполните поле «название сегмента».' : 'Enter segment name.',
        );
        if (width < 1100)
          await page.getByRole('tab', { name: lang === 'ru' ? 'Просмотр' : 'Preview' }).click();
        await expect(
          summary(page, lang === 'ru' ? 'Простыми словами' : 'In plain words'),
        ).toBeVisible();
        await expect.poll(() => background(page)).toBe(theme === 'dark' ? DARK : LIGHT);
        if (process.env.SHOTS_DIR) {
          await page.screenshot({
            path: `${process.env.SHOTS_DIR}/${lang}-${theme}-${width}-preview.png`,
            fullPage: true,
          });
          if (width < 1100) {
            await page.getByRole('tab', { name: lang === 'ru' ? 'Правила' : 'Rules' }).click();
            await page.screenshot({
              path: `${process.env.SHOTS_DIR}/${lang}-${theme}-${width}-rules.png`,
              fullPage: true,
            });
            await page.getByRole('tab', { name: lang === 'ru' ? 'Просмотр' : 'Preview' }).click();
          }
        }
        expect(await seriousViolations(page)).toEqual([]);
        // Nothing overflows sideways, even with the longer Russian strings in a 480 px iframe.
        expect(
          await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          ),
        ).toBeLessThanOrEqual(0);
        if (width < 1100) {
          await page.getByRole('tab', { name: lang === 'ru' ? 'Правила' : 'Rules' }).click();
          expect(await seriousViolations(page)).toEqual([]);
        }
      });
    }
  }
}
