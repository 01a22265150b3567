import { expect, test } from '@playwright/test';

test('the built page renders the editor shell', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Segment Editor' })).toBeVisible();
});
