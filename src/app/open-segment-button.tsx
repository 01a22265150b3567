import { useState } from 'react';
import Button from '@mui/material/Button';
import FolderOpenIcon from '@mui/icons-material/FolderOpenOutlined';
import { useTranslation } from 'react-i18next';
import { LazyOpenSegmentDialog } from './lazy-dialogs';
import type { OpenSegmentButtonProps } from './open-segment-dialog';

/** The header's "Open segment" button with its dialog (loaded on first opening). */
export function OpenSegmentButton(props: OpenSegmentButtonProps) {
  const { t } = useTranslation('app');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="text" startIcon={<FolderOpenIcon />} onClick={() => setOpen(true)}>
        {t('openSegment')}
      </Button>
      <LazyOpenSegmentDialog {...props} open={open} onClose={() => setOpen(false)} />
    </>
  );
}
