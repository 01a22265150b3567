import Alert from '@mui/material/Alert';
import { useTranslation } from 'react-i18next';
import type { SaveStatus as Status } from './use-save';

/** What the last Save did, in words (a live region). */
export function SaveStatus({ status, onClose }: { status: Status; onClose: () => void }) {
  const { t } = useTranslation('app');
  if (status.kind === 'idle' || status.kind === 'saving') return <div role="status" />;
  const [severity, text] =
    status.kind === 'refused'
      ? (['error', t('saveRefused', { count: status.count })] as const)
      : status.kind === 'ready'
        ? (['success', t('saveReady')] as const)
        : status.kind === 'saved'
          ? (['success', t('saved', { id: status.id })] as const)
          : (['error', t('saveFailed', { message: status.message })] as const);
  return (
    <div role="status">
      <Alert severity={severity} onClose={onClose}>
        {text}
      </Alert>
    </div>
  );
}
