import { useMemo, useRef, useState, type ChangeEvent, type DragEvent } from 'react';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Stack,
  TextField,
  Typography,
  useMediaQuery,
  useTheme,
} from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { useTranslation } from 'react-i18next';
import type { SegmentKind, SegmentRequest } from '../segment';
import { importText, type ImportFailure } from './import-text';
import { ImportSummary } from './import-summary';
import { readFileText } from './read-file';
import { useDebouncedValue } from './use-debounced-value';

export interface ImportDialogProps {
  open: boolean;
  onClose: () => void;
  /** Called once, with a valid request, when the person presses Load. Never for a bad input. */
  onImport: (request: SegmentRequest) => void;
}

const monospace = 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace';

/**
 * Import a request: paste text or choose/drop a .json or .xml file. The text is read as the person
 * types (debounced); what it holds is summarised, and only Load hands the request to the editor.
 */
export function ImportDialog({ open, onClose, onImport }: ImportDialogProps) {
  const theme = useTheme();
  const small = useMediaQuery(theme.breakpoints.down('sm'));
  return (
    <Dialog
      open={open}
      onClose={onClose}
      fullWidth
      maxWidth="md"
      fullScreen={small}
      aria-labelledby="import-dialog-title"
    >
      {open && <ImportDialogBody onClose={onClose} onImport={onImport} />}
    </Dialog>
  );
}

/** The dialog's content; mounted per opening, so every opening starts empty. */
function ImportDialogBody({ onClose, onImport }: Omit<ImportDialogProps, 'open'>) {
  const { t } = useTranslation('preview');
  const [text, setText] = useState('');
  const [checked, setChecked] = useDebouncedValue(text, 300);
  const [fileError, setFileError] = useState<string | null>(null);
  const [kind, setKind] = useState<SegmentKind | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const result = useMemo(() => (checked.trim() === '' ? null : importText(checked)), [checked]);
  const pending = text !== checked;
  const ready = !pending && !fileError && result?.ok ? result : null;
  const choice = ready ? (ready.choices.find((c) => c.kind === kind) ?? ready.choices[0]) : null;

  const describe = (failure: ImportFailure) =>
    failure.code === 'reply-error' && failure.reply
      ? t('replyError', { error: failure.reply.error, text: failure.reply.errorText })
      : failure.code === 'no-database'
        ? t('noDatabase')
        : failure.message;

  const onText = (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    setFileError(null);
    setKind(null);
    setText(event.target.value);
  };

  const loadFile = async (file: File) => {
    const read = await readFileText(file);
    setKind(null);
    if (!read.ok) {
      setFileError(
        t(read.reason === 'too-large' ? 'fileTooLarge' : 'fileUnreadable', {
          name: file.name,
          size: read.size,
        }),
      );
      return;
    }
    setFileError(null);
    setText(read.text);
    setChecked(read.text);
  };

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) void loadFile(file);
  };

  const onDrop = (event: DragEvent) => {
    const file = event.dataTransfer.files[0];
    if (!file) return; // dropped text: let the text box take it
    event.preventDefault();
    void loadFile(file);
  };

  const onLoad = () => {
    if (!choice) return;
    onImport(choice.request);
    onClose();
  };

  return (
    <>
      <DialogTitle id="import-dialog-title">{t('importTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{t('importIntro')}</DialogContentText>
        <Stack direction="row" sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 1, mb: 2 }}>
          <Button
            variant="outlined"
            startIcon={<UploadFileIcon />}
            onClick={() => fileInput.current?.click()}
          >
            {t('chooseFile')}
          </Button>
          <Typography variant="body2" color="textSecondary">
            {t('dropHint')}
          </Typography>
          <input
            ref={fileInput}
            type="file"
            accept=".json,.xml,application/json,application/xml,text/xml"
            hidden
            tabIndex={-1}
            onChange={onFile}
          />
        </Stack>
        <TextField
          label={t('importText')}
          value={text}
          onChange={onText}
          onDrop={onDrop}
          onDragOver={(event) => event.preventDefault()}
          multiline
          minRows={6}
          maxRows={10}
          fullWidth
          autoFocus
          slotProps={{
            htmlInput: {
              spellCheck: false,
              wrap: 'off',
              style: { fontFamily: monospace, fontSize: 13 },
            },
          }}
        />
        <Stack sx={{ mt: 2, gap: 1 }} aria-live="polite">
          {pending && text.trim() !== '' && (
            <Typography variant="body2" color="textSecondary">
              {t('checking')}
            </Typography>
          )}
          {fileError && <Alert severity="error">{fileError}</Alert>}
          {!pending && !fileError && result && !result.ok && (
            <Alert severity="error" sx={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
              {describe(result)}
            </Alert>
          )}
          {ready && choice && (
            <ImportSummary result={ready} kind={choice.kind} onKindChange={setKind} />
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('cancel')}</Button>
        <Button variant="contained" disabled={!choice} onClick={onLoad}>
          {t('load')}
        </Button>
      </DialogActions>
    </>
  );
}
