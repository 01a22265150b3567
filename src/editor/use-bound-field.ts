import { useCallback, useState } from 'react';
import { useAttempted, useEditor, useFieldError, useFieldValue } from './editor-context';
import { fieldId } from './field-id';

/**
 * A form field for a settings or group input: its value, its message (once the field was left, or
 * after Save was tried), and handlers that go through the editor's history.
 */
export function useBoundField<T>(path: string) {
  const editor = useEditor();
  const value = useFieldValue<T>(path);
  const message = useFieldError(path);
  const attempted = useAttempted();
  const [touched, setTouched] = useState(false);
  const onChange = useCallback((next: T) => editor.setField(path, next), [editor, path]);
  const onBlur = useCallback(() => {
    setTouched(true);
    editor.touch(path);
  }, [editor, path]);
  return {
    id: fieldId(path),
    value,
    error: touched || attempted ? message : undefined,
    onChange,
    onBlur,
    readOnly: editor.readOnly,
  };
}
