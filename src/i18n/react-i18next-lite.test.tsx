// @vitest-environment happy-dom
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { useTranslation } from 'react-i18next';
import { i18n, initI18n, setLanguage } from './index';
import { LanguageProvider } from './react-i18next-lite';

function RemoveLabel({ n }: { n: number }) {
  const { t } = useTranslation('editor');
  return <span data-testid={`label-${n}`}>{t('condition.remove')}</span>;
}

const labels = (count: number) =>
  Array.from({ length: count }, (_, n) => <RemoveLabel key={n} n={n} />);

beforeAll(() => {
  initI18n('en');
});
afterEach(cleanup);
afterAll(() => setLanguage('en'));

describe('useTranslation under LanguageProvider', () => {
  it('follows the language with one subscription for the page, however many components', async () => {
    const on = vi.spyOn(i18n, 'on');
    try {
      render(<LanguageProvider>{labels(50)}</LanguageProvider>);
      expect(on).toHaveBeenCalledTimes(1);
      expect(screen.getByTestId('label-49').textContent).toBe('Remove condition');
      await act(() => setLanguage('ru'));
      expect(screen.getByTestId('label-0').textContent).toBe('Удалить условие');
      expect(screen.getByTestId('label-49').textContent).toBe('Удалить условие');
      await act(() => setLanguage('en'));
      expect(screen.getByTestId('label-49').textContent).toBe('Remove condition');
    } finally {
      on.mockRestore();
    }
  });

  it('without a provider, speaks the current language', async () => {
    await setLanguage('ru');
    render(<>{labels(1)}</>);
    expect(screen.getByTestId('label-0').textContent).toBe('Удалить условие');
    await setLanguage('en');
  });
});
