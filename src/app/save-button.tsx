import { useState } from 'react';
import Button from '@mui/material/Button';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import SaveIcon from '@mui/icons-material/Save';
import { useTranslation } from 'react-i18next';
import { LazyActionMenu as ActionMenu, preloadActionMenu } from '../ui/lazy-action-menu';

/** Two contained buttons joined as MUI's ButtonGroup joins them (its look, without its weight). */
const joined = {
  display: 'inline-flex',
  borderRadius: 1,
  boxShadow: 2,
  '& > .MuiButton-root': { minWidth: 40, boxShadow: 'none', '&:hover': { boxShadow: 'none' } },
  '& > .Mui-focusVisible': { zIndex: 1 },
  '& > :first-of-type': {
    borderTopRightRadius: 0,
    borderBottomRightRadius: 0,
    borderRight: '1px solid',
    borderRightColor: 'primary.dark',
    '&.Mui-disabled': { borderRightColor: 'action.disabled' },
  },
  '& > :last-of-type': { borderTopLeftRadius: 0, borderBottomLeftRadius: 0 },
} as const;

/** Save, with "Save as new" in a small menu beside it; disabled with a spinner while a save runs. */
export function SaveButton({
  saving,
  onSave,
}: {
  saving: boolean;
  onSave: (asNew: boolean) => void;
}) {
  const { t } = useTranslation('app');
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <Box role="group" aria-busy={saving} sx={joined}>
        <Button
          variant="contained"
          disabled={saving}
          startIcon={
            saving ? <CircularProgress size={16} color="inherit" aria-hidden /> : <SaveIcon />
          }
          onClick={() => onSave(false)}
        >
          {t('save')}
        </Button>
        <Button
          variant="contained"
          disabled={saving}
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
      </Box>
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
