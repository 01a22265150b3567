import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import SaveIcon from '@mui/icons-material/Save';
import { useTranslation } from 'react-i18next';
import { UndoRedoButtons, type EditorHandle } from '../editor';
import { ImportButton } from '../preview';
import { HeaderSwitches } from './header-switches';

export interface AppHeaderProps {
  editor: EditorHandle;
  saving: boolean;
  onSave: () => void;
}

/** Title, history, language and theme, Save. */
export function AppHeader({ editor, saving, onSave }: AppHeaderProps) {
  const { t } = useTranslation('app');
  return (
    <AppBar position="sticky" color="inherit" elevation={0} sx={{ borderBottom: 1, borderColor: 'divider', bgcolor: 'background.paper' }}>
      <Toolbar sx={{ gap: 1.5, flexWrap: 'wrap', py: 1, minHeight: { xs: 56 } }}>
        <Typography component="h1" variant="h6" sx={{ fontWeight: 600, fontSize: '1.125rem', mr: 'auto' }}>
          {t('title')}
        </Typography>
        <UndoRedoButtons editor={editor} />
        {!editor.readOnly && <ImportButton onImport={(request) => editor.replace(request)} />}
        <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'center' }}>
          <HeaderSwitches />
          {!editor.readOnly && (
            <Button variant="contained" startIcon={<SaveIcon />} onClick={onSave} disabled={saving}>
              {t('save')}
            </Button>
          )}
        </Box>
      </Toolbar>
    </AppBar>
  );
}
