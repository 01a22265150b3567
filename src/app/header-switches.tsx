import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { languages, setLanguage } from '../i18n';
import { useThemeChoice, type ThemeChoice } from './use-theme-choice';

const native = { select: { native: true }, inputLabel: { shrink: true } } as const;

/** The language and theme switches of the header. */
export function HeaderSwitches() {
  const { t, i18n } = useTranslation('app');
  const { theme, setTheme } = useThemeChoice();
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
        value={theme}
        onChange={(event) => setTheme(event.target.value as ThemeChoice)}
        slotProps={native}
        sx={{ width: 112 }}
      >
        <option value="light">{t('themeLight')}</option>
        <option value="dark">{t('themeDark')}</option>
        <option value="auto">{t('themeAuto')}</option>
      </TextField>
    </Box>
  );
}
