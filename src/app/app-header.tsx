import { useState } from 'react';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import SettingsIcon from '@mui/icons-material/SettingsOutlined';
import { useTranslation } from 'react-i18next';
import { UndoRedoButtons, type EditorHandle } from '../editor';
import { ImportButton } from '../preview';
import { AudienceSize } from './audience-size';
import { HeaderSwitches } from './header-switches';
import { LazySettingsDialog } from './lazy-dialogs';
import { OpenSegmentButton } from './open-segment-button';
import { SaveButton } from './save-button';

export interface AppHeaderProps {
  /** Absent while a segment loads: the header then offers only what needs no editor. */
  editor?: EditorHandle | undefined;
  saving?: boolean;
  onSave?: (asNew: boolean) => void;
  /** The segment being edited (marked in Open segment). */
  segmentId?: number | undefined;
  /** Whether there are unsaved changes; Open segment asks first when there are. */
  isDirty?: () => boolean;
  /** The person confirmed leaving: the page may go without the browser's prompt. */
  onLeave?: () => void;
  /** Embedded in a portal: the host chooses the segment, language and theme; the bar does not stick. */
  compact?: boolean;
}

const never = () => false;
const nothing = () => {};

function SettingsButton() {
  const { t } = useTranslation('app');
  const [open, setOpen] = useState(false);
  return (
    <>
      {/* A native title, not MUI's Tooltip: it is the only one, and Popper would join the initial bundle. */}
      <IconButton aria-label={t('settings')} title={t('settings')} onClick={() => setOpen(true)}>
        <SettingsIcon />
      </IconButton>
      <LazySettingsDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}

/** Title, Open segment, history, Import, language and theme, connection settings, Save. */
export function AppHeader({
  editor,
  saving = false,
  onSave,
  segmentId,
  isDirty = never,
  onLeave = nothing,
  compact = false,
}: AppHeaderProps) {
  const { t } = useTranslation('app');
  return (
    // MUI's AppBar (sticky unless compact, colour inherited, no elevation) and Toolbar as plain
    // elements with their measures: neither joins the first screen's script.
    <Box
      component="header"
      sx={{
        display: 'flex',
        flexDirection: 'column',
        width: '100%',
        boxSizing: 'border-box',
        flexShrink: 0,
        ...(compact
          ? { position: 'static' }
          : { position: 'sticky', zIndex: 'appBar', top: 0, left: 'auto', right: 0 }),
        color: 'inherit',
        borderBottom: 1,
        borderColor: 'divider',
        bgcolor: 'background.paper',
      }}
    >
      <Box
        sx={{
          position: 'relative',
          display: 'flex',
          alignItems: 'center',
          px: { xs: 2, sm: 3 },
          gap: 1.5,
          flexWrap: 'wrap',
          py: compact ? 0.5 : 1,
          minHeight: compact ? 48 : 56,
        }}
      >
        <Box
          sx={{
            display: 'flex',
            alignItems: 'baseline',
            columnGap: 1.5,
            mr: 'auto',
            minWidth: 0,
            // The segment's name and audience take the room the actions leave, cut with an
            // ellipsis, rather than pushing the actions onto a second line.
            flex: '1 1 16rem',
          }}
        >
          <Typography
            component="h1"
            variant="h6"
            noWrap
            sx={{ flexShrink: 0, fontWeight: 600, fontSize: compact ? '1rem' : '1.125rem' }}
          >
            {t('title')}
          </Typography>
          {editor && segmentId !== undefined && (
            <AudienceSize segmentId={segmentId} saving={saving} />
          )}
        </Box>
        {editor && !compact && (
          <OpenSegmentButton currentId={segmentId} isDirty={isDirty} onLeave={onLeave} />
        )}
        {editor && <UndoRedoButtons editor={editor} />}
        {editor && !editor.readOnly && (
          <ImportButton onImport={(request) => editor.replace(request)} />
        )}
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
          {!compact && <HeaderSwitches />}
          <SettingsButton />
          {editor && !editor.readOnly && onSave && <SaveButton saving={saving} onSave={onSave} />}
        </Box>
      </Box>
    </Box>
  );
}
