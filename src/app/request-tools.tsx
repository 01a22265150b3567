import { useState, useSyncExternalStore } from 'react';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import EditNoteIcon from '@mui/icons-material/EditNote';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { useTranslation } from 'react-i18next';
import type { EditorHandle } from '../editor';
import { CurlSnippet, preloadSourceEditorDialog, SourceEditorDialog } from '../preview';
import type { WireFormat } from '../segment';

/** The cURL command of the current request; mounted only while its panel is open. */
function Curl({ editor, format, apiBase }: { editor: EditorHandle; format: WireFormat; apiBase: string }) {
  const snapshot = useSyncExternalStore(editor.subscribeSnapshot, editor.getSnapshot);
  return <CurlSnippet request={snapshot.request} format={format} apiBase={apiBase} listHeight={200} />;
}

/** Under the preview: "Edit source" (applied as one undoable replace) and the cURL command, collapsed. */
export function RequestTools({ editor, format, apiBase }: { editor: EditorHandle; format: WireFormat; apiBase: string }) {
  const { t } = useTranslation('app');
  const [editing, setEditing] = useState(false);
  return (
    <>
      {!editor.readOnly && (
        <Button size="small" startIcon={<EditNoteIcon />} onClick={() => setEditing(true)} onPointerEnter={preloadSourceEditorDialog} onFocus={preloadSourceEditorDialog} sx={{ mt: 1 }}>
          {t('editSource')}
        </Button>
      )}
      <Accordion disableGutters variant="outlined" slotProps={{ transition: { unmountOnExit: true } }} sx={{ mt: 1, '&::before': { display: 'none' } }}>
        <AccordionSummary expandIcon={<ExpandMoreIcon />} aria-controls="curl-panel" id="curl-header" sx={{ minHeight: 40, '& .MuiAccordionSummary-content': { my: 0.75 } }}>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {t('curlCommand')}
          </Typography>
        </AccordionSummary>
        <AccordionDetails id="curl-panel">
          <Curl editor={editor} format={format} apiBase={apiBase} />
        </AccordionDetails>
      </Accordion>
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
