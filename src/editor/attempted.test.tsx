// @vitest-environment happy-dom
import { afterEach, beforeAll, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { initI18n } from '../i18n';
import { createGroup, createQuery, createRequest, type SegmentRequest } from '../segment';
import type { EditorHandle } from './model/editor-handle';
import { SegmentEditor } from './segment-editor';
import { useSegmentEditor } from './use-segment-editor';

beforeAll(() => {
  initI18n('en');
});
afterEach(cleanup);

/** The editor as an app composes it: the handle and the view in one tree. */
function Editor({
  request,
  handle,
}: {
  request: SegmentRequest;
  handle: (e: EditorHandle) => void;
}) {
  const editor = useSegmentEditor({ initialRequest: request });
  handle(editor);
  return <SegmentEditor editor={editor} />;
}

it('shows every condition its problem, and the summary, once Save was tried', async () => {
  const request = createRequest('dynamic', 5, 'No fields');
  request.segment = [
    { ...createGroup(5), queries: [0, 1, 2].map(() => ({ ...createQuery(), name: '' })) },
  ];
  let editor: EditorHandle | undefined;
  render(<Editor request={request} handle={(e) => (editor = e)} />);
  const withProblem = () =>
    screen
      .getAllByRole('group', { name: /^Condition / })
      .filter((row) => row.querySelector('input[aria-invalid="true"]')).length;
  expect(screen.getAllByRole('group', { name: /^Condition / })).toHaveLength(3);
  // Untouched, before Save: no condition shows its missing field yet, and there is no summary.
  expect(withProblem()).toBe(0);
  expect(screen.queryByText('Enter field.')).toBeNull();
  await act(async () => {
    await editor?.validateAll();
  });
  expect(withProblem()).toBe(3);
  expect(screen.getAllByText('Enter field.').length).toBeGreaterThanOrEqual(3);
});
