import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { PlainBackdrop } from './plain-backdrop';

export interface LoadFailedNoticeProps {
  /** What could not open: the words differ, the way out is the same. */
  part: 'dialog' | 'menu';
  /** Loads the code again; the part opens if it arrives. */
  onRetry: () => void;
  /** Gives up on this opening (the part's own close), so that the next click tries again. */
  onClose: () => void;
}

/**
 * Shown in place of a dialog or menu whose code could not be downloaded (a dropped connection):
 * the person asked for something, so saying nothing would look like a dead button. It sits where
 * the part would, over the editor, whose edits stay as they were.
 */
export function LoadFailedNotice({ part, onRetry, onClose }: LoadFailedNoticeProps) {
  const { t } = useTranslation('common');
  return (
    <PlainBackdrop
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <Alert
        severity="error"
        variant="filled"
        sx={{ maxWidth: 480 }}
        action={
          <>
            {/* Focus lands on Retry, as it would on a dialog's first button. */}
            <Button color="inherit" size="small" autoFocus onClick={onRetry}>
              {t('retry')}
            </Button>
            <Button color="inherit" size="small" onClick={onClose}>
              {t('close')}
            </Button>
          </>
        }
      >
        {t(part === 'dialog' ? 'dialogLoadFailed' : 'menuLoadFailed')}
      </Alert>
    </PlainBackdrop>
  );
}
