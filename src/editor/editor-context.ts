import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import { useFormState, type FieldPath } from 'react-hook-form';
import type { SegmentDraft } from './draft';
import type { EditorHandle } from './editor-handle';

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
  const subscribe = useCallback((listener: () => void) => editor.subscribePath(path, listener), [editor, path]);
  return useSyncExternalStore(subscribe, () => editor.getValue(path)) as T;
}

/** The validation message at `path` (react-hook-form's errors, kept by the resolver). */
export function useFieldError(path: string): string | undefined {
  const { form } = useEditor();
  const { errors } = useFormState({ control: form.control, name: path as FieldPath<SegmentDraft>, exact: true });
  let node: unknown = errors;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  const message = (node as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' ? message : undefined;
}
