import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import type { SaveStatus as Status } from './use-save';

/** What the last Save did, in words (a live region); a failure offers Retry. */
export function SaveStatus({ status, onClose, onRetry }: { status: Status; onClose: () => void; onRetry: (asNew: boolean) => void }) {
  const { t } = useTranslation('app');
  if (status.kind === 'idle' || status.kind === 'saving') return <div role="status" />;
  if (status.kind === 'failed') {
    return (
      <div role="status">
        <Alert
          severity="error"
          onClose={onClose}
          action={
            <Button color="inherit" size="small" onClick={() => onRetry(status.asNew)}>
              {t('retry')}
            </Button>
          }
        >
          {t('saveFailed', { message: status.message })}
          <Box component="span" sx={{ display: 'block', mt: 0.25 }}>
            {t('editsKept')}
          </Box>
        </Alert>
      </div>
    );
  }
  const [severity, text] =
    status.kind === 'refused'
      ? (['error', t('saveRefused', { count: status.count })] as const)
      : status.kind === 'reloaded'
        ? (['info', t('reloaded', { id: status.id })] as const)
        : (['success', t('saved', { id: status.id })] as const);
  return (
    <div role="status">
      <Alert severity={severity} onClose={onClose}>
        {text}
      </Alert>
    </div>
  );
}
