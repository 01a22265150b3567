import { useSyncExternalStore } from 'react';
import { useEditor } from './editor-context';

const none = () => undefined;

/**
 * The live (deferred) problem at exactly form path `field`, for messages that belong to no input:
 * a group without conditions, a segment without groups. Re-renders only when that message changes.
 * Only while `wanted` (the group is empty): until then it reads nothing, so that opening a segment
 * does not build and check its whole request for a message that cannot show.
 */
export function useSnapshotIssue(field: string, wanted = true): string | undefined {
  const editor = useEditor();
  return useSyncExternalStore(
    editor.subscribeSnapshot,
    wanted
      ? () => editor.getSnapshot().issues.find((issue) => issue.field === field)?.message
      : none,
  );
}
