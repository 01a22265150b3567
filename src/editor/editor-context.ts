import { createContext, useCallback, useContext, useMemo, useSyncExternalStore } from 'react';
import type { EditorHandle } from './model/editor-handle';

export const EditorContext = createContext<EditorHandle | null>(null);

/** The editor handle of the nearest SegmentEditor. */
export function useEditor(): EditorHandle {
  const handle = useContext(EditorContext);
  if (!handle) throw new Error('useEditor must be used inside <SegmentEditor>.');
  return handle;
}

/** Whether Save was tried (every problem shows from then on). */
export function useAttempted(): boolean {
  const handle = useEditor();
  return useSyncExternalStore(handle.subscribeAttempted, handle.getAttempted);
}

/**
 * The value at `path`, re-rendering only when that path (or an array holding it, or a path inside
 * it) is written: row 1 never hears about row 10.
 */
export function useFieldValue<T>(path: string): T {
  const editor = useEditor();
  const subscribe = useCallback(
    (listener: () => void) => editor.subscribePath(path, listener),
    [editor, path],
  );
  return useSyncExternalStore(subscribe, () => editor.getValue(path)) as T;
}

/** The validation message at `path` (react-hook-form's errors, kept by the resolver). */
export function useFieldError(path: string): string | undefined {
  const editor = useEditor();
  const subscribe = useCallback(
    (listener: () => void) => editor.subscribeErrors(path, listener),
    [editor, path],
  );
  useSyncExternalStore(subscribe, () => editor.getErrorsIn(path));
  return editor.getError(path);
}

/**
 * The messages at and inside `path` (a condition), looked up by full path. Re-renders only when one
 * of them changes, never because another row's messages did.
 */
export function useErrorsIn(path: string): (fieldPath: string) => string | undefined {
  const editor = useEditor();
  const subscribe = useCallback(
    (listener: () => void) => editor.subscribeErrors(path, listener),
    [editor, path],
  );
  const key = useSyncExternalStore(subscribe, () => editor.getErrorsIn(path));
  return useMemo(() => {
    const messages = new Map<string, string>(
      key === '' ? [] : (JSON.parse(key) as [string, string][]),
    );
    return (fieldPath: string) => messages.get(fieldPath);
  }, [key]);
}
