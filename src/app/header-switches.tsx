import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { useColorScheme } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';
import { languages, setLanguage } from '../i18n';

const native = { select: { native: true }, inputLabel: { shrink: true } } as const;

/** The language and theme switches of the header. */
export function HeaderSwitches() {
  const { t, i18n } = useTranslation('app');
  const { mode, setMode } = useColorScheme();
  const language = i18n.resolvedLanguage ?? 'en';
  return (
    <Box sx={{ display: 'flex', gap: 1 }}>
      <TextField
        select
        size="small"
        id="app-language"
        label={t('language')}
        value={language}
        onChange={(event) => void setLanguage(event.target.value)}
        slotProps={native}
        sx={{ width: 112 }}
      >
        {languages.map((lng) => (
          <option key={lng} value={lng}>
            {t('languageName', { ns: 'common', lng })}
          </option>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        id="app-theme"
        label={t('theme')}
        value={mode ?? 'system'}
        onChange={(event) => setMode(event.target.value as 'light' | 'dark' | 'system')}
        slotProps={native}
        sx={{ width: 112 }}
      >
        <option value="light">{t('themeLight')}</option>
        <option value="dark">{t('themeDark')}</option>
        <option value="system">{t('themeAuto')}</option>
      </TextField>
    </Box>
  );
}
