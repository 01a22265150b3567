import { useState, useSyncExternalStore } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import ButtonBase from '@mui/material/ButtonBase';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import EditNoteIcon from '@mui/icons-material/EditNote';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { useTranslation } from 'react-i18next';
import type { EditorHandle } from '../editor';
import { CurlSnippet, preloadSourceEditorDialog, SourceEditorDialog } from '../preview';
import type { WireFormat } from '../segment';

/** The cURL command of the current request; mounted only while its panel is open. */
function Curl({
  editor,
  format,
  apiBase,
}: {
  editor: EditorHandle;
  format: WireFormat;
  apiBase: string;
}) {
  const snapshot = useSyncExternalStore(editor.subscribeSnapshot, editor.getSnapshot);
  return (
    <CurlSnippet request={snapshot.request} format={format} apiBase={apiBase} listHeight={200} />
  );
}

/** Under the preview: "Edit source" (applied as one undoable replace) and the cURL command, collapsed. */
export function RequestTools({
  editor,
  format,
  apiBase,
}: {
  editor: EditorHandle;
  format: WireFormat;
  apiBase: string;
}) {
  const { t } = useTranslation('app');
  const [editing, setEditing] = useState(false);
  const [curlOpen, setCurlOpen] = useState(false);
  return (
    <>
      {!editor.readOnly && (
        <Button
          size="small"
          startIcon={<EditNoteIcon />}
          onClick={() => setEditing(true)}
          onPointerEnter={preloadSourceEditorDialog}
          onFocus={preloadSourceEditorDialog}
          sx={{ mt: 1 }}
        >
          {t('editSource')}
        </Button>
      )}
      {/* A disclosure (heading, button, region), as MUI's Accordion renders it, without its weight. */}
      <Paper variant="outlined" sx={{ mt: 1 }}>
        <Box component="h3" sx={{ m: 0, font: 'inherit' }}>
          <ButtonBase
            id="curl-header"
            aria-expanded={curlOpen}
            aria-controls="curl-panel"
            onClick={() => setCurlOpen((open) => !open)}
            sx={{
              display: 'flex',
              width: '100%',
              minHeight: 40,
              px: 2,
              textAlign: 'start',
              borderRadius: 'inherit',
              '&.Mui-focusVisible': { bgcolor: 'action.focus' },
            }}
          >
            <Typography
              component="span"
              variant="body2"
              sx={{ flexGrow: 1, my: 0.75, fontWeight: 600 }}
            >
              {t('curlCommand')}
            </Typography>
            <ExpandMoreIcon
              sx={{
                color: 'action.active',
                transform: curlOpen ? 'rotate(180deg)' : 'none',
                transition: 'transform 150ms',
              }}
            />
          </ButtonBase>
        </Box>
        {curlOpen && (
          <Box
            role="region"
            id="curl-panel"
            aria-labelledby="curl-header"
            sx={{ px: 2, pt: 1, pb: 2 }}
          >
            <Curl editor={editor} format={format} apiBase={apiBase} />
          </Box>
        )}
      </Paper>
      <SourceEditorDialog
        open={editing}
        request={editing ? editor.getRequest() : editor.getSnapshot().request}
        format={format}
        onClose={() => setEditing(false)}
        onApply={(request) => {
          editor.replace(request);
          setEditing(false);
        }}
      />
    </>
  );
}
