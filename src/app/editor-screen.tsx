import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTranslation } from 'react-i18next';
import { isMissingSegment, useSegment } from '../api';
import { SegmentEditor, SUMMARY_ID, useSegmentEditor, type SaveTarget } from '../editor';
import type { WireFormat } from '../segment';
import { useApiConnection } from './api-connection';
import { AppHeader } from './app-header';
import type { AppConfig } from './config';
import { useDocument, type DocumentSession, type OpenedDocument } from './document';
import { LazyConflictDialog, LazyOverwriteDialog } from './lazy-dialogs';
import { DraftBanner } from './draft-banner';
import { PreviewPane } from './preview-pane';
import { SaveStatus } from './save-status';
import { TokenNotice } from './token-notice';
import { useEditorCatalogue } from './use-editor-catalogue';
import { useMessagesFollowLanguage } from './use-messages-follow-language';
import { useSaveShortcut } from './use-save-shortcut';
import { ViewTabs, type View } from './view-tabs';

export interface EditorScreenProps {
  config: AppConfig;
  configProblems: readonly string[];
  /** The session's opened document, which this screen edits. */
  document: OpenedDocument;
  /** The document's owner: save, status, questions, draft (it outlives this screen). */
  session: DocumentSession;
  /** In a portal's iframe: the preview's height is fixed. */
  embedded?: boolean | undefined;
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
export function EditorScreen({
  config,
  configProblems,
  document: opened,
  session,
  embedded,
}: EditorScreenProps) {
  const { t } = useTranslation('app');
  const connection = useApiConnection();
  const editor = useSegmentEditor({
    initialRequest: opened.request,
    readOnly: config.readonly,
    existing: opened.segmentId !== undefined,
  });
  const snapshot = useDocument(session);
  const { status, pending, conflict, question, offered } = snapshot;
  // The first render may come just before the session opens the document (segment-document.tsx):
  // the name it will hold is the loaded one, so the words at the ID field do not change after it.
  const ownName = snapshot.opened ? snapshot.ownName : opened.server?.name;
  // Before the browser paints: what the editor holds now is the baseline, and a draft is offered at once.
  useLayoutEffect(() => session.attach(editor, opened.key), [session, editor, opened.key]);
  const catalogue = useEditorCatalogue(editor);
  useMessagesFollowLanguage(editor);
  const [kindNote, setKindNote] = useState(opened.kindSource === 'guessed');
  const target = useMemo<SaveTarget>(
    () => ({ ownId: opened.segmentId, ownName, useSegmentName }),
    [opened.segmentId, ownName],
  );
  useSaveShortcut(() => session.save(false), !editor.readOnly);
  useEffect(() => {
    if (status.kind === 'refused')
      requestAnimationFrame(() => document.getElementById(SUMMARY_ID)?.focus());
  }, [status]);

  const [format, setFormat] = useState<WireFormat>(config.format);
  const [view, setView] = useState<View>('rules');
  const wide = useMediaQuery(SIDE_BY_SIDE, { noSsr: true });
  const height = useViewportHeight();

  const preview = (
    <PreviewPane
      editor={editor}
      format={format}
      onFormatChange={setFormat}
      height={embedded ? EMBEDDED_PREVIEW_HEIGHT : Math.max(240, height - (wide ? 330 : 390))}
      apiBase={connection.client.apiBase}
    />
  );
  return (
    <>
      <AppHeader
        editor={editor}
        saving={pending}
        onSave={session.save}
        segmentId={opened.segmentId}
        isDirty={session.isDirty}
        onLeave={session.allowLeaving}
        compact={config.embed}
      />
      <main className="se-app-main">
        <div className="se-app-notices">
          {configProblems.map((problem) => (
            <Alert key={problem} severity="warning">
              {t('configProblem', { problem })}
            </Alert>
          ))}
          {config.readonly && <Alert severity="info">{t('readOnly')}</Alert>}
          <TokenNotice />
          {offered && (
            <DraftBanner
              savedAt={offered.savedAt}
              onRestore={session.restoreDraft}
              onDiscard={session.discardDraft}
            />
          )}
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
          <SaveStatus status={status} onClose={session.dismissStatus} onRetry={session.save} />
        </div>
        {wide ? (
          <div className="se-app-columns">
            <SegmentEditor editor={editor} catalogue={catalogue} target={target} />
            <aside className="se-app-preview" aria-label={t('previewTab')}>
              {preview}
            </aside>
          </div>
        ) : (
          <>
            <ViewTabs
              value={view}
              onChange={setView}
              label={t('viewTabs')}
              labels={{ rules: t('rulesTab'), preview: t('previewTab') }}
            />
            <div
              role="tabpanel"
              id="view-panel-rules"
              aria-labelledby="view-tab-rules"
              hidden={view !== 'rules'}
            >
              <SegmentEditor editor={editor} catalogue={catalogue} target={target} />
            </div>
            {view === 'preview' && (
              <div role="tabpanel" id="view-panel-preview" aria-labelledby="view-tab-preview">
                {preview}
              </div>
            )}
          </>
        )}
      </main>
      <LazyConflictDialog
        conflict={conflict}
        onOverwrite={session.overwrite}
        onReload={session.reload}
        onCancel={session.cancel}
      />
      <LazyOverwriteDialog
        question={question}
        onOverwrite={session.overwrite}
        onSaveAsNew={session.saveAsNew}
        onCancel={session.cancel}
      />
    </>
  );
}
