import { useState } from 'react';
import Button from '@mui/material/Button';
import ButtonGroup from '@mui/material/ButtonGroup';
import CircularProgress from '@mui/material/CircularProgress';
import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import SaveIcon from '@mui/icons-material/Save';
import { useTranslation } from 'react-i18next';
import { ActionMenu, preloadActionMenu } from '../editor';

/** Save, with "Save as new" in a small menu beside it; disabled with a spinner while a save runs. */
export function SaveButton({ saving, onSave }: { saving: boolean; onSave: (asNew: boolean) => void }) {
  const { t } = useTranslation('app');
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <ButtonGroup variant="contained" disabled={saving} aria-busy={saving}>
        <Button startIcon={saving ? <CircularProgress size={16} color="inherit" aria-hidden /> : <SaveIcon />} onClick={() => onSave(false)}>
          {t('save')}
        </Button>
        <Button
          size="small"
          aria-label={t('saveOptions')}
          aria-haspopup="menu"
          aria-expanded={anchor ? 'true' : undefined}
          onPointerEnter={preloadActionMenu}
          onFocus={preloadActionMenu}
          onClick={(event) => setAnchor(event.currentTarget)}
          sx={{ px: 0.5, minWidth: 0 }}
        >
          <ArrowDropDownIcon />
        </Button>
      </ButtonGroup>
      <ActionMenu
        anchor={anchor}
        onClose={() => setAnchor(null)}
        alignRight
        actions={[
          {
            key: 'new',
            label: t('saveAsNew'),
            onClick: () => {
              setAnchor(null);
              onSave(true);
            },
          },
        ]}
      />
    </>
  );
}
