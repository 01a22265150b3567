import { useMemo, useState, type KeyboardEvent } from 'react';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  TextField,
  useMediaQuery,
  useTheme,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import {
  CodecError,
  parseRequest,
  serializeRequest,
  withoutToken,
  type SegmentRequest,
  type WireFormat,
} from '../segment';
import { useDebouncedValue } from './use-debounced-value';

export interface SourceEditorDialogProps {
  open: boolean;
  request: SegmentRequest;
  format: WireFormat;
  onClose: () => void;
  /** Called with a valid request when the person presses Apply. */
  onApply: (request: SegmentRequest) => void;
}

const monospace = 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace';

type Checked = { ok: true; request: SegmentRequest } | { ok: false; message: string };

function check(text: string): Checked {
  try {
    // The format is detected, so pasting the other format works too.
    return { ok: true, request: parseRequest(text) };
  } catch (error) {
    return { ok: false, message: error instanceof CodecError ? error.message : String(error) };
  }
}

/** The request as editable text in the current format; Apply only takes text that parses. */
export function SourceEditorDialog({
  open,
  request,
  format,
  onClose,
  onApply,
}: SourceEditorDialogProps) {
  const theme = useTheme();
  const small = useMediaQuery(theme.breakpoints.down('sm'));
  return (
    <Dialog
      open={open}
      onClose={onClose}
      fullWidth
      maxWidth="md"
      fullScreen={small}
      aria-labelledby="source-dialog-title"
    >
      {open && (
        <SourceEditorBody request={request} format={format} onClose={onClose} onApply={onApply} />
      )}
    </Dialog>
  );
}

function SourceEditorBody({
  request,
  format,
  onClose,
  onApply,
}: Omit<SourceEditorDialogProps, 'open'>) {
  const { t } = useTranslation('preview');
  // The token is not shown: the text starts without it and Apply puts the editor's own back.
  const [text, setText] = useState(() =>
    serializeRequest({ ...request, token: undefined }, format),
  );
  const [checkedText] = useDebouncedValue(text, 300);
  const checked = useMemo(() => check(checkedText), [checkedText]);
  const pending = text !== checkedText;
  const canApply = !pending && checked.ok;

  const apply = () => {
    if (pending || !checked.ok) return;
    // A token typed into the source is dropped; the one the request held is kept.
    const rest = withoutToken(checked.request);
    onApply(request.token === undefined ? rest : { ...rest, token: request.token });
    onClose();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      apply();
    }
  };

  return (
    <>
      <DialogTitle id="source-dialog-title">{t('sourceTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          {t('sourceIntro', { format: format.toUpperCase() })}
        </DialogContentText>
        <TextField
          label={t('sourceText')}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          multiline
          minRows={10}
          maxRows={20}
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
        <div aria-live="polite">
          {!pending && !checked.ok && (
            <Alert
              severity="error"
              sx={{ mt: 2, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}
            >
              {checked.message}
            </Alert>
          )}
          {!pending && checked.ok && (
            <Alert severity="success" sx={{ mt: 2 }}>
              {t('sourceValid')}
            </Alert>
          )}
        </div>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('cancel')}</Button>
        <Button variant="contained" disabled={!canApply} onClick={apply}>
          {t('apply')}
        </Button>
      </DialogActions>
    </>
  );
}
