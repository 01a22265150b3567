// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { initI18n, setLanguage } from './index';
import type * as Resources from './resources';

// Russian's chunk cannot be fetched (a dropped connection).
vi.mock('./resources', async (original) => ({
  ...(await original<typeof Resources>()),
  loadResources: (language: string) =>
    language === 'en'
      ? original<typeof Resources>().then((m) => m.en)
      : Promise.reject(new Error('offline')),
}));

describe('setLanguage when a language cannot be loaded', () => {
  it('stays in the current language, without rejecting', async () => {
    const i18n = initI18n();
    await expect(setLanguage('ru')).resolves.toBe('en');
    expect(i18n.resolvedLanguage).toBe('en');
    expect(i18n.t('common:cancel')).toBe('Cancel');
    expect(document.documentElement.lang).toBe('en');
  });
});
