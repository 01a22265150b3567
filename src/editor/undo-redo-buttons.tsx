import { useEffect, useSyncExternalStore } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import RedoIcon from '@mui/icons-material/Redo';
import UndoIcon from '@mui/icons-material/Undo';
import { useTranslation } from 'react-i18next';
import type { EditorHandle } from './model/editor-handle';

/**
 * Undo and Redo, and their shortcuts (Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y; Cmd on a Mac). The shortcuts
 * replace the browser's per-input undo, so one history covers fields, rows and groups alike.
 */
export function UndoRedoButtons({ editor }: { editor: EditorHandle }) {
  const { t } = useTranslation('editor');
  const state = useSyncExternalStore(editor.history.subscribe, editor.history.getState);
  useEffect(() => {
    if (editor.readOnly) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      const redo = (key === 'z' && event.shiftKey) || key === 'y';
      if (key !== 'z' && !redo) return;
      event.preventDefault();
      if (redo) editor.redo();
      else editor.undo();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [editor]);
  if (editor.readOnly) return null;
  return (
    <Box sx={{ display: 'flex', gap: 0.5 }}>
      <Button
        color="inherit"
        size="small"
        startIcon={<UndoIcon />}
        disabled={!state.canUndo}
        onClick={editor.undo}
        aria-keyshortcuts="Control+Z"
      >
        {t('undo')}
      </Button>
      <Button
        color="inherit"
        size="small"
        startIcon={<RedoIcon />}
        disabled={!state.canRedo}
        onClick={editor.redo}
        aria-keyshortcuts="Control+Shift+Z"
      >
        {t('redo')}
      </Button>
    </Box>
  );
}
