import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Conflict } from './use-save';

export interface ConflictDialogProps {
  conflict: Conflict | null;
  onOverwrite: () => void;
  onReload: () => void;
  onCancel: () => void;
}

const code = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: '0.8125rem', wordBreak: 'break-all' } as const;

/** The segment changed on the server since it was loaded: what differs, and Overwrite, Reload or Cancel. */
export function ConflictDialog({ conflict, onOverwrite, onReload, onCancel }: ConflictDialogProps) {
  const { t } = useTranslation('app');
  return (
    <Dialog open={conflict !== null} onClose={onCancel} maxWidth="md" fullWidth aria-labelledby="conflict-title" aria-describedby="conflict-text">
      {conflict && (
        <>
          <DialogTitle id="conflict-title">{t('conflictTitle', { id: conflict.id })}</DialogTitle>
          <DialogContent>
            <DialogContentText id="conflict-text" sx={{ mb: 1.5 }}>
              {t('conflictText')}
            </DialogContentText>
            <Table size="small" aria-label={t('conflictTitle', { id: conflict.id })} sx={{ tableLayout: 'fixed' }}>
              <TableHead>
                <TableRow>
                  <TableCell sx={{ width: '34%' }}>{t('conflictWhere')}</TableCell>
                  <TableCell>{t('conflictBefore')}</TableCell>
                  <TableCell>{t('conflictAfter')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {conflict.differences.map((difference) => (
                  <TableRow key={difference.path}>
                    <TableCell sx={code}>{difference.path}</TableCell>
                    <TableCell sx={{ ...code, color: 'text.secondary' }}>{difference.before ?? t('conflictNone')}</TableCell>
                    <TableCell sx={code}>{difference.after ?? t('conflictNone')}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            {conflict.more > 0 && (
              <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                {t('conflictMore', { count: conflict.more })}
              </Typography>
            )}
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
