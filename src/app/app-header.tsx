import { useState } from 'react';
import IconButton from '@mui/material/IconButton';
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
    // elements with their measures, styled by the page's static sheet (app-styles.ts).
    <header className="se-app-header" data-compact={compact || undefined}>
      <div className="se-app-bar">
        <div className="se-app-title-line">
          <h1 className="se-app-title">{t('title')}</h1>
          {editor && segmentId !== undefined && (
            <AudienceSize segmentId={segmentId} saving={saving} />
          )}
        </div>
        {editor && !compact && (
          <OpenSegmentButton currentId={segmentId} isDirty={isDirty} onLeave={onLeave} />
        )}
        {editor && <UndoRedoButtons editor={editor} />}
        {editor && !editor.readOnly && (
          <ImportButton onImport={(request) => editor.replace(request)} />
        )}
        <div className="se-app-actions">
          {!compact && <HeaderSwitches />}
          <SettingsButton />
          {editor && !editor.readOnly && onSave && <SaveButton saving={saving} onSave={onSave} />}
        </div>
      </div>
    </header>
  );
}
