import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { useApiConnection } from './api-connection';
import { LazySettingsDialog } from './lazy-dialogs';

/** When the server does not add the token and none is set: say so, with a way to enter it. */
export function TokenNotice() {
  const { t } = useTranslation('app');
  const connection = useApiConnection();
  const [open, setOpen] = useState(false);
  if (connection.tokenInjected !== false || (connection.hasToken && !open)) return null;
  return (
    <>
      {!connection.hasToken && (
        <Alert
          severity="warning"
          action={
            <Button color="inherit" size="small" onClick={() => setOpen(true)}>
              {t('enterToken')}
            </Button>
          }
        >
          {t('tokenNeeded')}
        </Alert>
      )}
      <LazySettingsDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}
