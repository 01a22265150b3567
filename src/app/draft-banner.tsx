import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';

/** "You have unsaved changes from <time>": Restore or Discard. */
export function DraftBanner({
  savedAt,
  onRestore,
  onDiscard,
}: {
  savedAt: number;
  onRestore: () => void;
  onDiscard: () => void;
}) {
  const { t, i18n } = useTranslation('app');
  const time = new Intl.DateTimeFormat(i18n.resolvedLanguage, {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(savedAt);
  return (
    <Alert
      severity="warning"
      role="region"
      aria-label={t('draftFound', { time })}
      action={
        <Box sx={{ display: 'flex', gap: 1 }}>
          <Button color="inherit" size="small" variant="outlined" onClick={onRestore}>
            {t('restore')}
          </Button>
          <Button color="inherit" size="small" onClick={onDiscard}>
            {t('discard')}
          </Button>
        </Box>
      }
    >
      {t('draftFound', { time })}
    </Alert>
  );
}
