// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { loadXmlCodec, parseRequest } from '../segment';
import { initI18n } from '../i18n';
import { ImportDialog } from './import-dialog';
import { LazyImportDialog } from './lazy-import-dialog';

// happy-dom changes import.meta.url, so fixtures are read relative to the project root.
const fixture = (file: string) => readFileSync(`src/segment/fixtures/${file}`, 'utf8');

beforeAll(() => {
  initI18n('en');
});
afterEach(cleanup);

function open(onImport = vi.fn(), onClose = vi.fn()) {
  render(<ImportDialog open onClose={onClose} onImport={onImport} />);
  return { onImport, onClose, dialog: screen.getByRole('dialog', { name: 'Import a request' }) };
}

async function paste(text: string) {
  const box = screen.getByRole('textbox', { name: 'Request text' });
  await userEvent.click(box);
  await userEvent.paste(text);
}

describe('ImportDialog', () => {
  it('shows the codec message for bad input and never loads it', async () => {
    const { onImport, onClose } = open();
    await paste('{"name": "x", "is_static": ');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^JSON (line 1|end of input)/);
    const load = screen.getByRole('button', { name: 'Load' });
    expect(load).toHaveProperty('disabled', true);
    fireEvent.click(load);
    expect(onImport).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('summarises a good request and loads it on Load', async () => {
    const { onImport, onClose } = open();
    await paste(fixture('multi-group.xml'));
    const found = await screen.findByRole('region', { name: 'Found' });
    expect(found.textContent).toContain('An Update segment request (XML)');
    expect(found.textContent).toContain('Engaged subscribers & friends <VIP>');
    expect(found.textContent).toMatch(/Rule groups\s*2/);
    expect(onImport).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Load' }));
    const { token: _token, ...expected } = parseRequest(fixture('multi-group.xml'));
    expect(onImport).toHaveBeenCalledExactlyOnceWith(expected);
    expect(onClose).toHaveBeenCalled();
  });

  it('asks for the kind of a segments/get reply and loads the chosen one', async () => {
    const { onImport } = open();
    await paste(fixture('get-response.json'));
    const found = await screen.findByRole('region', { name: 'Found' });
    expect(within(found).getByRole('radio', { name: 'Dynamic' })).toHaveProperty('checked', true);
    await userEvent.click(
      within(found).getByRole('radio', { name: 'Updatable (refreshed daily)' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Load' }));
    expect(onImport).toHaveBeenCalledExactlyOnceWith(
      expect.objectContaining({
        id: 14,
        list_id: 6,
        name: 'Yahoo users',
        is_static: true,
        is_refresh_daily: true,
      }),
    );
  });

  it('explains an API error reply in words', async () => {
    open();
    await paste('{"error": 403, "error_text": "Access denied"}');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This is an API reply reporting error 403: Access denied. It holds no segment to load.',
    );
  });

  it('reads a chosen file at once and leaves its token out', async () => {
    const { onImport } = open();
    const input = document.querySelector<HTMLInputElement>('input[type=file]');
    if (!input) throw new Error('no file input');
    await userEvent.upload(
      input,
      new File([fixture('static.json')], 'static.json', { type: 'application/json' }),
    );
    const found = await screen.findByRole('region', { name: 'Found' });
    expect(found.textContent).toMatch(/Kind\s*Static/);
    expect(found.textContent).toContain('The API token in this text is left out');
    await userEvent.click(screen.getByRole('button', { name: 'Load' }));
    expect(onImport).toHaveBeenCalledWith(
      expect.objectContaining({ is_static: true, is_refresh_daily: false }),
    );
    expect(onImport.mock.calls[0]?.[0]).not.toHaveProperty('token');
  });

  it('is loaded on demand by the lazy wrapper', async () => {
    const { rerender } = render(
      <LazyImportDialog open={false} onClose={vi.fn()} onImport={vi.fn()} />,
    );
    expect(screen.queryByRole('dialog')).toBeNull();
    // Inside an awaited act: the dialog's code arrives while React waits for it (a suspended
    // render resumed outside act may never be flushed in a test).
    await act(async () => {
      rerender(<LazyImportDialog open onClose={vi.fn()} onImport={vi.fn()} />);
      await Promise.all([import('./import-dialog'), loadXmlCodec()]);
    });
    expect(await screen.findByRole('dialog', { name: 'Import a request' })).toBeTruthy();
  });
});
