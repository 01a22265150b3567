import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import { useTranslation } from 'react-i18next';
import type { LostAnswer, SaveStatus as Status } from './document';

/** What a found segment's message says, by why the add's answer was lost. */
const foundText = {
  dropped: 'foundCreated',
  timeout: 'foundCreatedTimeout',
  server: 'foundCreatedServer',
  earlier: 'foundCreatedEarlier',
} as const satisfies Record<LostAnswer, string>;

/** An error with what happened, that the edits are kept, and Retry. */
function Failure({
  text,
  onClose,
  onRetry,
}: {
  text: string;
  onClose: () => void;
  onRetry: () => void;
}) {
  const { t } = useTranslation('app');
  return (
    <div role="status">
      <Alert
        severity="error"
        onClose={onClose}
        action={
          <Button color="inherit" size="small" onClick={onRetry}>
            {t('retry')}
          </Button>
        }
      >
        {text}
        <Box component="span" sx={{ display: 'block', mt: 0.25 }}>
          {t('editsKept')}
        </Box>
      </Alert>
    </div>
  );
}

/** What the last Save did, in words (a live region): created, updated or overwrote segment N; a failure offers Retry. */
export function SaveStatus({
  status,
  onClose,
  onRetry,
}: {
  status: Status;
  onClose: () => void;
  onRetry: (asNew: boolean) => void;
}) {
  const { t } = useTranslation('app');
  switch (status.kind) {
    case 'idle':
    case 'saving':
    case 'asking':
      return <div role="status" />;
    case 'failed':
      return (
        <Failure
          text={t('saveFailed', { message: status.message })}
          onClose={onClose}
          onRetry={() => onRetry(status.asNew)}
        />
      );
    case 'not-created':
      return (
        <Failure
          text={t(status.checked ? 'notCreated' : 'notCreatedUnchecked', {
            message: status.message,
          })}
          onClose={onClose}
          onRetry={() => onRetry(status.asNew)}
        />
      );
    case 'checking':
      return (
        <div role="status">
          <Alert severity="info" icon={<CircularProgress size={20} aria-hidden />}>
            {t('checkingCreated')}
          </Alert>
        </div>
      );
    case 'found':
      return (
        <div role="status">
          <Alert severity="warning" onClose={onClose}>
            <Box component="span" sx={{ display: 'block' }}>
              {t(foundText[status.cause], { id: status.id })}
            </Box>
            {status.message && (
              <Box component="span" sx={{ display: 'block', mt: 0.25 }}>
                {t('foundCreatedWhy', { message: status.message })}
              </Box>
            )}
          </Alert>
        </div>
      );
    default: {
      const [severity, text] =
        status.kind === 'refused'
          ? (['error', t('saveRefused', { count: status.count })] as const)
          : status.kind === 'reloaded'
            ? (['info', t('reloaded', { id: status.id })] as const)
            : status.how === 'created'
              ? (['success', t('savedCreated', { id: status.id })] as const)
              : status.how === 'updated'
                ? (['success', t('savedUpdated', { id: status.id })] as const)
                : (['success', t('savedOverwrote', { id: status.id })] as const);
      return (
        <div role="status">
          <Alert severity={severity} onClose={onClose}>
            {text}
          </Alert>
        </div>
      );
    }
  }
}
