import { useState } from 'react';
import { Button } from '@mui/material';
import FileUploadIcon from '@mui/icons-material/FileUpload';
import { useTranslation } from 'react-i18next';
import type { SegmentRequest } from '../segment';
import { LazyImportDialog, preloadImportDialog } from './lazy-import-dialog';

/**
 * The `Import` button and its dialog, for a toolbar. The dialog's code is fetched when the pointer
 * or the focus reaches the button, so it is usually there by the time it is pressed.
 */
export function ImportButton({ onImport }: { onImport: (request: SegmentRequest) => void }) {
  const { t } = useTranslation('preview');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        startIcon={<FileUploadIcon />}
        onClick={() => setOpen(true)}
        onPointerEnter={preloadImportDialog}
        onFocus={preloadImportDialog}
      >
        {t('import')}
      </Button>
      <LazyImportDialog open={open} onClose={() => setOpen(false)} onImport={onImport} />
    </>
  );
}
