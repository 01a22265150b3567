import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import { useTranslation } from 'react-i18next';

export interface GroupRemovedNoticeProps {
  open: boolean;
  onUndo: () => void;
  onClose: () => void;
}

/** "Group removed", with Undo, for a few seconds after a group was removed. */
export function GroupRemovedNotice({ open, onUndo, onClose }: GroupRemovedNoticeProps) {
  const { t } = useTranslation('editor');
  return (
    <Snackbar open={open} autoHideDuration={8000} onClose={onClose}>
      <Alert
        severity="info"
        variant="filled"
        onClose={onClose}
        action={
          <Button color="inherit" size="small" aria-label={t('rules.undoRemoval')} onClick={onUndo}>
            {t('rules.undo')}
          </Button>
        }
      >
        {t('rules.groupRemoved')}
      </Alert>
    </Snackbar>
  );
}
