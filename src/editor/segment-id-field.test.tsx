// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { initI18n } from '../i18n';
import { createRequest, type SegmentRequest } from '../segment';
import type { SaveTarget } from './save-target-context';
import { SegmentEditor } from './segment-editor';
import { useSegmentEditor } from './use-segment-editor';

beforeAll(() => {
  initI18n('en');
});
afterEach(cleanup);

const names: Record<number, string> = { 2: 'Static segment 2', 3: 'Frequent visitors' };
const lookup = (id: number | undefined) => (id === undefined ? undefined : (names[id] ?? null));

function renderEditor(
  request: SegmentRequest,
  target: Partial<SaveTarget> = {},
  existing?: boolean,
) {
  const { result } = renderHook(() => useSegmentEditor({ initialRequest: request, existing }));
  const full: SaveTarget = {
    ownId: undefined,
    ownName: undefined,
    useSegmentName: lookup,
    ...target,
  };
  render(<SegmentEditor editor={result.current} target={full} />);
  return result.current;
}

const idField = () => screen.queryByRole('textbox', { name: 'Segment ID' });

describe('the Segment ID field', () => {
  it('is no box to fill for a new segment: it says Save creates one, and opens on request', async () => {
    const user = userEvent.setup();
    const editor = renderEditor(createRequest('dynamic', 5));
    expect(screen.getByText('Save will create a new segment.')).toBeTruthy();
    expect(idField()).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Update an existing segment' }));
    await user.type(idField() as HTMLElement, '2');
    expect(idField()?.getAttribute('aria-describedby')).toBeTruthy();
    expect(
      screen.getByText('Save will ask before it overwrites segment 2 “Static segment 2”.'),
    ).toBeTruthy();
    expect(editor.getRequest().id).toBe(2);
    await user.clear(idField() as HTMLElement);
    await user.type(idField() as HTMLElement, '999');
    expect(screen.getByText('There is no segment 999: Save will offer a new one.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Create a new segment instead' }));
    expect(idField()).toBeNull();
    expect(editor.getRequest().id).toBeUndefined();
  });

  it('shows an ID that came with the request as one Save asks about', () => {
    renderEditor({ ...createRequest('static', 5, 'Imported'), id: 3 }, {}, false);
    expect((idField() as HTMLInputElement).readOnly).toBe(false);
    expect(
      screen.getByText('Save will ask before it overwrites segment 3 “Frequent visitors”.'),
    ).toBeTruthy();
  });

  it('locks the own segment’s ID and names it', () => {
    renderEditor(
      { ...createRequest('static', 5, 'Mine'), id: 3 },
      { ownId: 3, ownName: 'Frequent visitors' },
      true,
    );
    expect((idField() as HTMLInputElement).readOnly).toBe(true);
    expect(screen.getByText('Save will update segment 3 “Frequent visitors”.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Create a new segment instead' })).toBeNull();
  });
});
