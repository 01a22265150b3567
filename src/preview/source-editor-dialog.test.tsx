// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { parseRequest } from '../segment';
import { initI18n } from '../i18n';
import { SourceEditorDialog } from './source-editor-dialog';

const dynamic = parseRequest(readFileSync('src/segment/fixtures/dynamic.json', 'utf8'));

beforeAll(() => {
  initI18n('en');
});
afterEach(cleanup);

describe('SourceEditorDialog', () => {
  it('shows the request without its token and applies an edit that parses', async () => {
    const onApply = vi.fn();
    render(
      <SourceEditorDialog
        open
        request={dynamic}
        format="json"
        onClose={vi.fn()}
        onApply={onApply}
      />,
    );
    const box = screen.getByRole('textbox', { name: 'Request source' });
    expect((box as HTMLTextAreaElement).value).toContain('"name": "Static segment 2"');
    expect((box as HTMLTextAreaElement).value).not.toContain('token');
    await userEvent.clear(box);
    await userEvent.click(box);
    await userEvent.paste(JSON.stringify({ ...dynamic, token: undefined, name: 'Renamed' }));
    await screen.findByText('The text is a valid request.');
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(onApply).toHaveBeenCalledExactlyOnceWith({ ...dynamic, name: 'Renamed' });
  });

  it('keeps Apply disabled and shows the codec error while the text is invalid', async () => {
    const onApply = vi.fn();
    render(
      <SourceEditorDialog
        open
        request={dynamic}
        format="xml"
        onClose={vi.fn()}
        onApply={onApply}
      />,
    );
    const box = screen.getByRole('textbox', { name: 'Request source' });
    await userEvent.clear(box);
    await userEvent.click(box);
    await userEvent.paste('<xml><name></name><is_static>false</is_static></xml>');
    expect((await screen.findByRole('alert')).textContent).toMatch(/^name: /);
    expect(screen.getByRole('button', { name: 'Apply' })).toHaveProperty('disabled', true);
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    expect(onApply).not.toHaveBeenCalled();
  });
});
