import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorHandle } from '../editor';

/** The paths of every message in react-hook-form's errors tree (`name`, `segment.0.limit`, ...). */
function messagePaths(node: unknown, path: string, out: string[]): string[] {
  if (node === null || typeof node !== 'object') return out;
  for (const [key, child] of Object.entries(node)) {
    if (key === 'ref' || key === 'types') continue;
    if (key === 'message') {
      if (typeof child === 'string') out.push(path);
    } else messagePaths(child, path ? `${path}.${key}` : key, out);
  }
  return out;
}

/**
 * Validation messages are written in the language of the moment they are made (the model's
 * `msg`), so a change of language re-checks the fields that show one, in the new language.
 */
export function useMessagesFollowLanguage(editor: EditorHandle): void {
  const { i18n } = useTranslation();
  useEffect(() => {
    const refresh = () => {
      // Read without subscribing: formState's proxy would re-render the whole form on every error.
      for (const path of messagePaths(editor.form.control._formState.errors, '', [])) editor.touch(path);
    };
    i18n.on('languageChanged', refresh);
    return () => i18n.off('languageChanged', refresh);
  }, [editor, i18n]);
}
