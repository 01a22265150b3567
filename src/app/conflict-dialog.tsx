import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { DifferencesTable } from './differences-table';
import type { Conflict } from './document';

export interface ConflictDialogProps {
  conflict: Conflict | null;
  onOverwrite: () => void;
  onReload: () => void;
  onCancel: () => void;
}

/** The segment changed on the server since it was loaded: what differs, and Overwrite, Reload or Cancel. */
export function ConflictDialog({ conflict, onOverwrite, onReload, onCancel }: ConflictDialogProps) {
  const { t } = useTranslation('app');
  return (
    <Dialog
      open={conflict !== null}
      onClose={onCancel}
      maxWidth="md"
      fullWidth
      aria-labelledby="conflict-title"
      aria-describedby="conflict-text"
    >
      {conflict && (
        <>
          <DialogTitle id="conflict-title">{t('conflictTitle', { id: conflict.id })}</DialogTitle>
          <DialogContent>
            <DialogContentText id="conflict-text" sx={{ mb: 1.5 }}>
              {t('conflictText')}
            </DialogContentText>
            <DifferencesTable
              label={t('conflictTitle', { id: conflict.id })}
              before={t('conflictBefore')}
              after={t('conflictAfter')}
              differences={conflict.differences}
              more={conflict.more}
            />
            <Typography variant="body2" sx={{ mt: 2 }}>
              {t('conflictHelp')}
            </Typography>
          </DialogContent>
          <DialogActions>
            <Button onClick={onCancel}>{t('cancel')}</Button>
            <Button onClick={onReload}>{t('reloadServer')}</Button>
            <Button variant="contained" color="warning" onClick={onOverwrite}>
              {t('overwrite')}
            </Button>
          </DialogActions>
        </>
      )}
    </Dialog>
  );
}
