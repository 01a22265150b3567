import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorHandle } from '../editor';

/**
 * Validation messages are written in the language of the moment they are made (the model's
 * `msg`), so a change of language makes them again: at the fields, in the preview's list of
 * problems and in the summary shown after Save.
 */
export function useMessagesFollowLanguage(editor: EditorHandle): void {
  const { i18n } = useTranslation();
  useEffect(() => {
    const refresh = () => editor.refreshMessages();
    i18n.on('languageChanged', refresh);
    return () => i18n.off('languageChanged', refresh);
  }, [editor, i18n]);
}
