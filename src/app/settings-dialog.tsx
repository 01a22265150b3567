import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { WireFormat } from '../segment';
import { useApiConnection } from './api-connection';

/**
 * The connection: the API's address and timeout (from the page's configuration), the format of
 * requests and replies, and, when the server does not add it, the API token (a password field;
 * memory only unless "Remember for this tab").
 */
export function SettingsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('app');
  const connection = useApiConnection();
  const [token, setToken] = useState('');
  const [remember, setRemember] = useState(connection.remembered);
  const needsToken = connection.tokenInjected === false;
  const apply = () => {
    if (token !== '') connection.setToken(token, remember);
    else if (connection.hasToken) connection.setToken('', false);
    setToken('');
    onClose();
  };
  return (
    <Dialog open={open} onClose={onClose} maxWidth="xs" fullWidth aria-labelledby="settings-title">
      <DialogTitle id="settings-title">{t('settingsTitle')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2.5} sx={{ pt: 0.5 }}>
          <Typography variant="body2" color="textSecondary" sx={{ wordBreak: 'break-all' }}>
            {t('apiBase', {
              apiBase: connection.client.apiBase,
              seconds: connection.client.timeoutMs / 1000,
            })}
          </Typography>
          <FormControl>
            <FormLabel id="settings-format">{t('apiFormat')}</FormLabel>
            <RadioGroup
              row
              aria-labelledby="settings-format"
              value={connection.format}
              onChange={(_event, value) => connection.setFormat(value as WireFormat)}
            >
              <FormControlLabel value="json" control={<Radio size="small" />} label="JSON" />
              <FormControlLabel value="xml" control={<Radio size="small" />} label="XML" />
            </RadioGroup>
          </FormControl>
          {needsToken ? (
            <form
              onSubmit={(event) => {
                event.preventDefault();
                apply();
              }}
            >
              <Stack spacing={1}>
                {connection.hasToken && <Alert severity="success">{t('tokenIsSet')}</Alert>}
                <TextField
                  id="settings-token"
                  label={t('token')}
                  type="password"
                  size="small"
                  value={token}
                  onChange={(event) => setToken(event.target.value)}
                  helperText={t('tokenHelp')}
                  slotProps={{ htmlInput: { autoComplete: 'off', spellCheck: false } }}
                />
                <FormControlLabel
                  control={
                    <Checkbox
                      size="small"
                      checked={remember}
                      onChange={(event) => setRemember(event.target.checked)}
                    />
                  }
                  label={t('rememberToken')}
                />
                {/* Enter in the token field applies. */}
                <button type="submit" hidden />
              </Stack>
            </form>
          ) : (
            connection.tokenInjected && (
              <Typography variant="body2" color="textSecondary">
                {t('tokenInjected')}
              </Typography>
            )
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        {needsToken && connection.hasToken && (
          <Button
            onClick={() => {
              connection.setToken('', false);
              setToken('');
            }}
            sx={{ mr: 'auto' }}
          >
            {t('forgetToken')}
          </Button>
        )}
        <Button onClick={onClose}>{t('close')}</Button>
        {needsToken && (
          <Button variant="contained" onClick={apply}>
            {t('apply')}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
