import { useState } from 'react';
import { Box, Button, Typography } from '@mui/material';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import CheckIcon from '@mui/icons-material/Check';
import { useTranslation } from 'react-i18next';
import { copyText } from './clipboard';

const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

/**
 * A Copy button. Success shows a check mark (and is announced); failure says what to do instead.
 * The outcome belongs to the text copied: once the text changes, the button is plain again.
 */
export function CopyButton({ text, label }: { text: string; label?: string }) {
  const { t } = useTranslation('preview');
  const [outcome, setOutcome] = useState<{ text: string; ok: boolean } | null>(null);
  const state = outcome?.text === text ? (outcome.ok ? 'copied' : 'failed') : 'idle';
  const onCopy = async () => setOutcome({ text, ok: await copyText(text) });
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
      <Button
        size="small"
        startIcon={state === 'copied' ? <CheckIcon /> : <ContentCopyIcon />}
        onClick={() => void onCopy()}
      >
        {label ?? t('copy')}
      </Button>
      <Typography
        role="status"
        variant="caption"
        color="error"
        sx={state === 'failed' ? undefined : visuallyHidden}
      >
        {state === 'copied' ? t('copied') : state === 'failed' ? t('copyFailed') : ''}
      </Typography>
    </Box>
  );
}
