import type { ErrorInfo } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';

/** What shows instead of a blank page when rendering fails. The error text is not shown: it could hold data. */
export function Crash() {
  const { t } = useTranslation('app');
  return (
    <Alert
      severity="error"
      sx={{ m: 2 }}
      action={
        <Button color="inherit" size="small" onClick={() => window.location.reload()}>
          {t('reload')}
        </Button>
      }
    >
      <AlertTitle>{t('crashTitle')}</AlertTitle>
      {t('crashText')}
    </Alert>
  );
}

/** Logs a crash for a developer: the name and component stack; messages may carry user data, so they stay out. */
export function logCrash(error: unknown, info: ErrorInfo): void {
  console.error(
    'Segment Editor crashed:',
    error instanceof Error ? error.name : typeof error,
    info.componentStack,
  );
}
