// @vitest-environment happy-dom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import {
  createGroup,
  createQuery,
  createRequest,
  parseRequest,
  summarizeRequest,
  type SegmentRequest,
} from '../segment';
import { initI18n, setLanguage } from '../i18n';
import { LanguageProvider } from '../i18n/react-i18next-lite';
import { excerpt, SegmentSummary, SUMMARY_COLLAPSED_CHARS } from './segment-summary';

beforeAll(() => {
  initI18n('en');
});
afterEach(cleanup);
afterAll(() => setLanguage('en'));

// happy-dom changes import.meta.url, so fixtures are read relative to the project root.
const fixture = (name: string) =>
  parseRequest(readFileSync(`src/segment/fixtures/${name}.json`, 'utf8'));

/** A dynamic segment of `groups` x `conditions` city conditions. */
function large(groups: number, conditions: number): SegmentRequest {
  const request = createRequest('dynamic', 6, 'Large');
  request.segment = Array.from({ length: groups }, (_, g) => ({
    ...createGroup(6),
    queries: Array.from({ length: conditions }, (_, c) => ({
      ...createQuery(),
      name: '_city',
      type: 'string',
      operator: 'equal',
      value: [{ name: 'value', value: `City ${g}-${c}` }],
    })),
  }));
  return request;
}

const summary = () => screen.getByRole('region', { name: 'In plain words' });

describe('SegmentSummary', () => {
  it.each(['static', 'dynamic', 'updatable'])(
    'shows the whole summary of the short %s fixture, without a toggle',
    (name) => {
      const request = fixture(name);
      render(<SegmentSummary request={request} />, { wrapper: LanguageProvider });
      expect(summary().textContent).toBe(summarizeRequest(request, 'en'));
      expect(screen.queryByRole('button', { name: 'Show all' })).toBeNull();
    },
  );

  it('follows the language: the same segment in Russian, with a Russian heading', async () => {
    const request = fixture('dynamic');
    render(<SegmentSummary request={request} />, { wrapper: LanguageProvider });
    await act(() => setLanguage('ru'));
    const region = screen.getByRole('region', { name: 'Простыми словами' });
    expect(region.textContent).toBe(summarizeRequest(request, 'ru'));
    await act(() => setLanguage('en'));
    expect(summary().textContent).toBe(summarizeRequest(request, 'en'));
  });

  it('follows the request as it is edited', () => {
    const request = fixture('dynamic');
    const { rerender } = render(<SegmentSummary request={request} />, {
      wrapper: LanguageProvider,
    });
    rerender(
      <SegmentSummary
        request={{ ...request, is_static: true, is_refresh_daily: false, segment: undefined }}
      />,
    );
    expect(summary().textContent).toContain('Static segment');
  });

  it('shows a few lines of a 5,000-condition segment until "Show all", and folds back with "Show less"', async () => {
    const request = large(100, 50);
    const full = summarizeRequest(request, 'en');
    render(<SegmentSummary request={request} />, { wrapper: LanguageProvider });
    const collapsed = summary().textContent ?? '';
    expect(collapsed.length).toBeLessThanOrEqual(SUMMARY_COLLAPSED_CHARS + 1);
    expect(collapsed.endsWith('…')).toBe(true);
    expect(full.startsWith(collapsed.slice(0, -1))).toBe(true);

    const showAll = screen.getByRole('button', { name: 'Show all' });
    expect(showAll.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(showAll);
    expect(summary().textContent).toBe(full);
    expect(summary().getAttribute('tabindex')).toBe('0');

    const showLess = screen.getByRole('button', { name: 'Show less' });
    expect(showLess.getAttribute('aria-expanded')).toBe('true');
    await userEvent.click(showLess);
    expect(summary().textContent).toBe(collapsed);
  });
});

describe('excerpt', () => {
  it('keeps a short text whole', () => {
    expect(excerpt('Static segment on database 5')).toBe('Static segment on database 5');
  });

  it('cuts a long text at a word, without trailing punctuation, and marks the cut', () => {
    const text = `${'word, '.repeat(60)}end`;
    const cut = excerpt(text, 50);
    expect(cut).toBe('word, word, word, word, word, word, word, word…');
  });

  it('cuts inside a word only when there is no space to cut at', () => {
    expect(excerpt('x'.repeat(300), 10)).toBe('xxxxxxxxxx…');
  });
});
