import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTranslation } from 'react-i18next';
import { isMissingSegment, useSegment } from '../api';
import { SegmentEditor, useSegmentEditor, type EditorHandle, type SaveTarget } from '../editor';
import type { SegmentRequest, WireFormat } from '../segment';
import { useApiConnection } from './api-connection';
import { AppHeader } from './app-header';
import type { AppConfig } from './config';
import { comparedVersion } from './conflict-diff';
import { LazyConflictDialog, LazyOverwriteDialog } from './lazy-dialogs';
import { DraftBanner } from './draft-banner';
import { baselineOf, removeDraft } from './draft-store';
import type { EmbedHooks } from './embed-hooks';
import type { OpenedDocument } from './opened-document';
import { PreviewPane } from './preview-pane';
import { requestFromInfo } from './request-from-info';
import { SaveStatus } from './save-status';
import { TokenNotice } from './token-notice';
import { useDraft } from './use-draft';
import { useEditorCatalogue } from './use-editor-catalogue';
import { useMessagesFollowLanguage } from './use-messages-follow-language';
import { useSave, type SaveStatus as Status } from './use-save';
import { useSaveShortcut } from './use-save-shortcut';
import { ViewTabs, type View } from './view-tabs';

export interface EditorScreenProps {
  config: AppConfig;
  configProblems: readonly string[];
  document: OpenedDocument;
  /** The save status lives above the screen, so that it survives the switch to a newly created segment. */
  status: Status;
  setStatus: (status: Status) => void;
  /** A save created another segment (new, or "Save as new"): edit that one from now on. */
  onSavedAs: (request: SegmentRequest & { id: number }, savedId: number) => void;
  /** Receives the editor handle once, for the embed layer to wire (set, change, save). */
  onEditorReady?: ((editor: EditorHandle) => void) | undefined;
  /** Embedded in a portal: reports changes and saves to the host (see embedded-app.tsx). */
  embed?: EmbedHooks | undefined;
}

/** The preview's height in a portal: fixed, since the iframe's own height follows the content. */
const EMBEDDED_PREVIEW_HEIGHT = 480;

/** Width from which rules and preview sit side by side; below it they are tabs. */
const SIDE_BY_SIDE = '(min-width: 1100px)';

/** The name of segment `id` on the server for the ID field's words; `null` when there is none. */
function useSegmentName(id: number | undefined): string | null | undefined {
  const query = useSegment(id);
  if (id === undefined) return undefined;
  if (query.data) return query.data.name;
  return query.isError && isMissingSegment(query.error) ? null : undefined;
}

function useViewportHeight(): number {
  const [height, setHeight] = useState(() => window.innerHeight);
  useEffect(() => {
    const onResize = () => setHeight(window.innerHeight);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return height;
}

/** The editor screen: header, notices, the builder and the live preview, side by side or as tabs. */
export function EditorScreen({ config, configProblems, document: opened, status, setStatus, onSavedAs, onEditorReady, embed }: EditorScreenProps) {
  const { t } = useTranslation('app');
  const connection = useApiConnection();
  const editor = useSegmentEditor({ initialRequest: opened.request, readOnly: config.readonly, existing: opened.segmentId !== undefined });
  // What "unsaved" is measured against, and the server's version a save is checked against.
  const [initialBaseline] = useState(() => baselineOf(editor.getRequest()));
  const baseline = useRef(initialBaseline);
  const serverVersion = useRef(opened.server);
  const draft = useDraft(editor, opened.key, baseline);
  const catalogue = useEditorCatalogue(editor);
  useMessagesFollowLanguage(editor);
  const [kindNote, setKindNote] = useState(opened.kindSource === 'guessed');
  const [ownName, setOwnName] = useState(opened.server?.name);
  const target = useMemo<SaveTarget>(() => ({ ownId: opened.segmentId, ownName, useSegmentName }), [opened.segmentId, ownName]);

  const onSaved = useCallback(
    (request: SegmentRequest & { id: number }, savedId: number) => {
      removeDraft(opened.key);
      if (savedId !== opened.segmentId) {
        draft.allowLeaving();
        onSavedAs(request, savedId);
        return;
      }
      baseline.current = baselineOf(request);
      serverVersion.current = comparedVersion(request);
      setOwnName(request.name);
    },
    [baseline, draft, onSavedAs, opened, serverVersion],
  );
  const { save, overwrite, saveAsNew, cancel, conflict, question, pending } = useSave({ editor, segmentId: opened.segmentId, serverVersion, setStatus, onSaved });
  useSaveShortcut(() => save(false), !editor.readOnly);

  const reloadFromServer = () => {
    if (!conflict) return;
    cancel();
    const result = requestFromInfo(conflict.fresh, { kind: editor.getDraft().kind, listId: opened.request.list_id });
    if (!result.ok) return;
    editor.replace(result.request);
    baseline.current = baselineOf(editor.getRequest());
    serverVersion.current = comparedVersion(conflict.fresh);
    setOwnName(conflict.fresh.name);
    removeDraft(opened.key);
    setStatus({ kind: 'reloaded', id: conflict.id });
  };

  const [format, setFormat] = useState<WireFormat>(config.format);
  const [view, setView] = useState<View>('rules');
  const wide = useMediaQuery(SIDE_BY_SIDE, { noSsr: true });
  const height = useViewportHeight();
  useEffect(() => onEditorReady?.(editor), [editor, onEditorReady]);
  useEffect(() => embed?.onSaveReady(() => save(false)), [embed, save]);
  useEffect(() => {
    if (!embed) return undefined;
    const report = () => {
      const { request, issues } = editor.getSnapshot();
      embed.onChange(request, issues.length === 0, baselineOf(request) !== baseline.current);
    };
    return editor.subscribeSnapshot(report);
  }, [embed, editor]);

  const preview = (
    <PreviewPane editor={editor} format={format} onFormatChange={setFormat} height={embed ? EMBEDDED_PREVIEW_HEIGHT : Math.max(240, height - (wide ? 330 : 390))} apiBase={connection.client.apiBase} />
  );
  return (
    <>
      <AppHeader editor={editor} saving={pending} onSave={save} segmentId={opened.segmentId} isDirty={draft.isDirty} onLeave={draft.allowLeaving} compact={config.embed} />
      <Box component="main" sx={{ px: { xs: 1.5, sm: 3 }, py: 2, maxWidth: 1680, mx: 'auto' }}>
        <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1, '& > :not(:empty)': { mb: 1 } }}>
          {configProblems.map((problem) => (
            <Alert key={problem} severity="warning">
              {t('configProblem', { problem })}
            </Alert>
          ))}
          {config.readonly && <Alert severity="info">{t('readOnly')}</Alert>}
          <TokenNotice />
          {draft.offered && <DraftBanner savedAt={draft.offered.savedAt} onRestore={draft.restore} onDiscard={draft.discard} />}
          {kindNote && (
            <Alert
              severity="warning"
              onClose={() => setKindNote(false)}
              action={
                <Button color="inherit" size="small" onClick={() => editor.focus('kind')}>
                  {t('checkKind')}
                </Button>
              }
            >
              {t(opened.request.is_static ? 'kindGuessedStatic' : 'kindGuessedRules')}
            </Alert>
          )}
          <SaveStatus status={status} onClose={() => setStatus({ kind: 'idle' })} onRetry={save} />
        </Box>
        {wide ? (
          <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 7fr) minmax(0, 5fr)', gap: 3, alignItems: 'start' }}>
            <SegmentEditor editor={editor} catalogue={catalogue} target={target} />
            <Box component="aside" aria-label={t('previewTab')} sx={{ position: 'sticky', top: 88, minWidth: 0, overflow: 'clip', overflowClipMargin: '6px' }}>
              {preview}
            </Box>
          </Box>
        ) : (
          <>
            <ViewTabs value={view} onChange={setView} label={t('viewTabs')} labels={{ rules: t('rulesTab'), preview: t('previewTab') }} />
            <Box role="tabpanel" id="view-panel-rules" aria-labelledby="view-tab-rules" hidden={view !== 'rules'}>
              <SegmentEditor editor={editor} catalogue={catalogue} target={target} />
            </Box>
            {view === 'preview' && (
              <Box role="tabpanel" id="view-panel-preview" aria-labelledby="view-tab-preview">
                {preview}
              </Box>
            )}
          </>
        )}
      </Box>
      <LazyConflictDialog conflict={conflict} onOverwrite={overwrite} onReload={reloadFromServer} onCancel={cancel} />
      <LazyOverwriteDialog question={question} onOverwrite={overwrite} onSaveAsNew={saveAsNew} onCancel={cancel} />
    </>
  );
}
