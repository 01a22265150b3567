import { expect, test, type Page } from '@playwright/test';
import { openNew } from './builder-helpers';

/*
 * Dialogs and menus whose code is split off the initial bundle: when their chunk cannot be
 * downloaded (a dropped connection), the person is told so, the edits stay, and the part opens
 * once the connection is back (Retry, or the next click).
 */

test.use({ viewport: { width: 1400, height: 900 } });

/**
 * Drops every download of the chunk (a retry's too: the same file with a query, see
 * src/ui/retry-import.ts) until the returned function brings the connection back.
 */
async function dropChunk(page: Page, chunk: RegExp): Promise<() => void> {
  let online = false;
  await page.route(chunk, (route) => (online ? route.continue() : route.abort('connectionreset')));
  return () => {
    online = true;
  };
}

test('a dialog that cannot load says so, keeps the edits, and opens on Retry', async ({ page }) => {
  const reconnect = await dropChunk(page, /\/assets\/settings-dialog-[^/?]+\.js(\?|$)/);
  await openNew(page);
  await page.getByLabel('Segment name').fill('Kept while the dialog fails');
  await page.getByRole('button', { name: 'Connection settings' }).click();
  const failure = page.getByRole('alert').filter({
    hasText: 'Could not load this dialog. Check the connection and try again.',
  });
  await expect(failure).toBeVisible();
  await expect(failure.getByRole('button', { name: 'Retry' })).toBeFocused();
  reconnect();
  await failure.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('dialog', { name: 'Connection' })).toBeVisible();
  await expect(failure).toHaveCount(0);
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByLabel('Segment name')).toHaveValue('Kept while the dialog fails');
});

test('a menu that cannot load says so; Close, and the next click opens it', async ({ page }) => {
  const reconnect = await dropChunk(page, /\/assets\/action-menu-[^/?]+\.js(\?|$)/);
  await openNew(page);
  await page.getByLabel('Segment name').fill('Kept while the menu fails');
  const more = page.getByRole('button', { name: 'More actions for condition 1' });
  await more.click();
  const failure = page.getByRole('alert').filter({
    hasText: 'Could not load this menu. Check the connection and try again.',
  });
  await expect(failure).toBeVisible();
  await failure.getByRole('button', { name: 'Close' }).click();
  await expect(failure).toHaveCount(0);
  reconnect();
  await more.click();
  await expect(page.getByRole('menuitem', { name: 'Duplicate condition' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(page.getByLabel('Segment name')).toHaveValue('Kept while the menu fails');
});

test('says it in Russian too', async ({ page }) => {
  await dropChunk(page, /\/assets\/settings-dialog-[^/?]+\.js(\?|$)/);
  await page.goto('/?lang=ru');
  await page.getByRole('button', { name: 'Настройки подключения' }).click();
  const failure = page.getByRole('alert').filter({
    hasText: 'Не удалось загрузить это окно. Проверьте соединение и попробуйте ещё раз.',
  });
  await expect(failure.getByRole('button', { name: 'Повторить' })).toBeFocused();
});
