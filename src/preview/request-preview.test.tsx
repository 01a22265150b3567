// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { parseRequest, type CodecIssue, type SegmentRequest, type WireFormat } from '../segment';
import { readFileSync } from 'node:fs';
import { initI18n } from '../i18n';
import { RequestPreview } from './request-preview';

beforeAll(() => {
  initI18n('en');
});
afterEach(cleanup);

// happy-dom changes import.meta.url, so the fixture is read relative to the project root.
const dynamic = parseRequest(readFileSync('src/segment/fixtures/dynamic.json', 'utf8'));

function Harness({ request, issues = [] }: { request: SegmentRequest; issues?: CodecIssue[] }) {
  const [format, setFormat] = useState<WireFormat>('json');
  return (
    <RequestPreview request={request} issues={issues} format={format} onFormatChange={setFormat} />
  );
}

const region = () => screen.getByRole('region', { name: 'Request preview' });

describe('RequestPreview', () => {
  it('shows the request as JSON, then as XML when the XML tab is chosen', async () => {
    render(<Harness request={dynamic} />);
    expect(screen.getByRole('tab', { name: 'JSON' }).getAttribute('aria-selected')).toBe('true');
    expect(region().textContent).toContain('"name": "Static segment 2"');
    await userEvent.click(screen.getByRole('tab', { name: 'XML' }));
    expect(screen.getByRole('tab', { name: 'XML' }).getAttribute('aria-selected')).toBe('true');
    expect(region().textContent).toContain('<name>Static segment 2</name>');
    expect(region().textContent).not.toContain('"name"');
  });

  it('never shows the real token, in either format', async () => {
    render(<Harness request={dynamic} />);
    expect(region().textContent).toContain('"token": "••••••••"');
    expect(document.body.textContent).not.toContain('abcdefghijklmnqrstuvwxyz');
    await userEvent.click(screen.getByRole('tab', { name: 'XML' }));
    expect(region().textContent).toContain('<token>••••••••</token>');
    expect(document.body.textContent).not.toContain('abcdefghijklmnqrstuvwxyz');
  });

  it('lists the problems of an invalid request and marks their lines', () => {
    const draft: SegmentRequest = { ...dynamic, name: '' };
    render(
      <Harness request={draft} issues={[{ path: 'name', message: 'Enter the segment name.' }]} />,
    );
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('Segment name')).toBeTruthy();
    expect(alert.textContent).toContain('Enter the segment name.');
    const marked = region().querySelectorAll('[data-marked]');
    expect(marked).toHaveLength(1);
    expect(marked[0]?.textContent).toContain('"name": ""');
  });

  it('links a problem to its lines and moves focus to the code', async () => {
    const group = dynamic.segment![0]!;
    const queries = Array.from({ length: 200 }, () => group.queries[0]!);
    const draft: SegmentRequest = {
      ...dynamic,
      segment: [{ ...group, queries: [...queries, { ...group.queries[0]!, operator: '' }] }],
    };
    render(
      <Harness
        request={draft}
        issues={[{ path: 'segment[0].queries[200].operator', message: 'Enter operator.' }]}
      />,
    );
    expect(region().querySelector('[data-marked]')).toBeNull();
    await userEvent.click(
      screen.getByRole('button', { name: 'Group 1 · Condition 201 · Operator' }),
    );
    expect(document.activeElement).toBe(region());
    // happy-dom does no layout, so the scrolling itself is proven by e2e/preview.spec.ts.
  });

  it('copies the masked text', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<Harness request={dynamic} />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledTimes(1);
    const copied = String((writeText.mock.calls[0] as unknown[])[0]);
    expect(copied).toContain('"token": "••••••••"');
    expect(copied).not.toContain('abcdefghijklmnqrstuvwxyz');
    expect(await screen.findByText('Copied to the clipboard')).toBeTruthy();
  });

  it('renders only a window of the lines of a huge request', () => {
    const group = dynamic.segment?.[0];
    if (!group) throw new Error('fixture has a group');
    const queries = Array.from({ length: 2000 }, (_, i) => ({
      ...group.queries[0]!,
      name: `field_${i}`,
    }));
    render(<Harness request={{ ...dynamic, segment: [{ ...group, queries }] }} />);
    const rows = region().querySelectorAll('.line');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(200);
    expect(screen.getByText(/^Lines: \d+/).textContent).toMatch(/Lines: 2\d{4}/);
  });
});
