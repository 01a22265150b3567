import { useSyncExternalStore } from 'react';
import { useEditor } from './editor-context';

/**
 * The live (deferred) problem at exactly form path `field`, for messages that belong to no input:
 * a group without conditions, a segment without groups. Re-renders only when that message changes.
 */
export function useSnapshotIssue(field: string): string | undefined {
  const editor = useEditor();
  return useSyncExternalStore(
    editor.subscribeSnapshot,
    () => editor.getSnapshot().issues.find((issue) => issue.field === field)?.message,
  );
}
