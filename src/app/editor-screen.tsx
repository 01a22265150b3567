import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTranslation } from 'react-i18next';
import { SegmentEditor, useSegmentEditor, type EditorHandle } from '../editor';
import type { SegmentRequest, WireFormat } from '../segment';
import { AppHeader } from './app-header';
import type { AppConfig } from './config';
import { PreviewPane } from './preview-pane';
import { SaveStatus } from './save-status';
import { useSave, type SaveHandler } from './use-save';

export interface EditorScreenProps {
  config: AppConfig;
  configProblems: readonly string[];
  initialRequest: SegmentRequest;
  onSave?: SaveHandler | undefined;
  /** Receives the editor handle once, for the API and embed layers to wire (set, change, save). */
  onEditorReady?: ((editor: EditorHandle) => void) | undefined;
}

/** Width from which rules and preview sit side by side; below it they are tabs. */
const SIDE_BY_SIDE = '(min-width: 1100px)';

function useViewportHeight(): number {
  const [height, setHeight] = useState(() => window.innerHeight);
  useEffect(() => {
    const onResize = () => setHeight(window.innerHeight);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return height;
}

/** The editor screen: header, the builder and the live preview, side by side or as tabs. */
export function EditorScreen({ config, configProblems, initialRequest, onSave, onEditorReady }: EditorScreenProps) {
  const { t } = useTranslation('app');
  const editor = useSegmentEditor({ initialRequest, readOnly: config.readonly });
  const { status, save, clear } = useSave(editor, onSave);
  const [format, setFormat] = useState<WireFormat>(config.format);
  const [view, setView] = useState<'rules' | 'preview'>('rules');
  const wide = useMediaQuery(SIDE_BY_SIDE, { noSsr: true });
  const height = useViewportHeight();
  useEffect(() => onEditorReady?.(editor), [editor, onEditorReady]);

  const preview = (
    <PreviewPane editor={editor} format={format} onFormatChange={setFormat} height={Math.max(240, height - (wide ? 230 : 290))} />
  );
  return (
    <>
      <AppHeader editor={editor} saving={status.kind === 'saving'} onSave={() => void save()} />
      <Box component="main" sx={{ px: { xs: 1.5, sm: 3 }, py: 2, maxWidth: 1680, mx: 'auto' }}>
        <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1, '& > :not(:empty)': { mb: 1 } }}>
          {configProblems.map((problem) => (
            <Alert key={problem} severity="warning">
              {t('configProblem', { problem })}
            </Alert>
          ))}
          {config.readonly && <Alert severity="info">{t('readOnly')}</Alert>}
          <SaveStatus status={status} onClose={clear} />
        </Box>
        {wide ? (
          <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 7fr) minmax(0, 5fr)', gap: 3, alignItems: 'start' }}>
            <SegmentEditor editor={editor} />
            <Box component="aside" aria-label={t('previewTab')} sx={{ position: 'sticky', top: 88, minWidth: 0, overflow: 'clip', overflowClipMargin: '6px' }}>
              {preview}
            </Box>
          </Box>
        ) : (
          <>
            <Tabs value={view} onChange={(_e, v: 'rules' | 'preview') => setView(v)} aria-label={t('viewTabs')} variant="fullWidth" sx={{ mb: 2 }}>
              <Tab value="rules" label={t('rulesTab')} id="view-tab-rules" aria-controls="view-panel-rules" />
              <Tab value="preview" label={t('previewTab')} id="view-tab-preview" aria-controls="view-panel-preview" />
            </Tabs>
            <Box role="tabpanel" id="view-panel-rules" aria-labelledby="view-tab-rules" hidden={view !== 'rules'}>
              <SegmentEditor editor={editor} />
            </Box>
            {view === 'preview' && (
              <Box role="tabpanel" id="view-panel-preview" aria-labelledby="view-tab-preview">
                {preview}
              </Box>
            )}
          </>
        )}
      </Box>
    </>
  );
}
