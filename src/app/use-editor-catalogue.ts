import { useCallback, useDeferredValue, useMemo, useSyncExternalStore } from 'react';
import { useDatabaseFields, useDatabases, useSegmentList } from '../api';
import type { EditorCatalogue, EditorHandle } from '../editor';

/**
 * What the API offers the pickers: the databases (for a new segment's Database field), the fields
 * of the segment's current database (`null` from the API: no catalogue, the built-in fields only)
 * and the segments (for segment-membership rules). Any of these failing leaves the pickers on the
 * built-in catalogue, silently. Deferred: the rows take it in at a lower priority than typing.
 */
export function useEditorCatalogue(editor: EditorHandle): EditorCatalogue {
  const subscribe = useCallback(
    (listener: () => void) => editor.subscribePath('list_id', listener),
    [editor],
  );
  const listId = useSyncExternalStore(subscribe, () => editor.getValue('list_id'));
  const databaseId =
    typeof listId === 'number' && Number.isInteger(listId) && listId > 0 ? listId : undefined;
  const fields = useDatabaseFields(databaseId);
  const databases = useDatabases();
  const segments = useSegmentList();
  const catalogue = useMemo<EditorCatalogue>(
    () => ({
      fields: fields.data ?? undefined,
      databases: databases.data?.items,
      segments: segments.data?.items,
    }),
    [fields.data, databases.data, segments.data],
  );
  return useDeferredValue(catalogue);
}
