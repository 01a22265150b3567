import { memo, useDeferredValue, useEffect, useState, useSyncExternalStore } from 'react';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { CatalogueContext, type EditorCatalogue } from './catalogue-context';
import { SaveTargetContext, type SaveTarget } from './save-target-context';
import { EditorContext, useFieldValue } from './editor-context';
import { domViewOf } from './dom-view';
import { ErrorSummary } from './error-summary';
import type { EditorHandle } from './model/editor-handle';
import { RuleGroups } from './rule-groups';
import { SegmentSettings } from './segment-settings';
import type { SegmentKind } from '../segment';

function Rules() {
  const { t } = useTranslation('editor');
  const kind = useFieldValue<SegmentKind>('kind');
  const groups = useFieldValue<unknown[]>('segment');
  if (kind === 'static') {
    return (
      <Typography variant="body2" color="textSecondary">
        {t('settings.staticRulesKept', { count: groups.length })}
      </Typography>
    );
  }
  return <RuleGroups />;
}

const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  margin: '-1px',
  padding: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;

/** The id of the problem summary, for moving the focus there when Save is refused. */
export const SUMMARY_ID = 'segment-problems';

/** The problem summary, subscribed to the deferred snapshot here so that nothing else re-renders. */
function AttemptedSummary({ editor }: { editor: EditorHandle }) {
  const snapshot = useDeferredValue(
    useSyncExternalStore(editor.subscribeSnapshot, editor.getSnapshot),
  );
  return <ErrorSummary id={SUMMARY_ID} issues={snapshot.issues} request={snapshot.request} />;
}

/** The summary once Save was tried (before, the snapshot is not even read). */
function Summary({ editor }: { editor: EditorHandle }) {
  const attempted = useSyncExternalStore(editor.subscribeAttempted, editor.getAttempted);
  return attempted ? <AttemptedSummary editor={editor} /> : null;
}

/** The polite live region where the editor says why a command did nothing. */
function Announcer({ editor }: { editor: EditorHandle }) {
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    const view = domViewOf(editor);
    view?.registerAnnouncer(setAnnouncement);
    return () => view?.registerAnnouncer(undefined);
  }, [editor]);
  return (
    <div role="status" aria-live="polite" style={visuallyHidden}>
      {announcement}
    </div>
  );
}

const noCatalogue: EditorCatalogue = {};
const noTarget: SaveTarget = {
  ownId: undefined,
  ownName: undefined,
  useSegmentName: () => undefined,
};

/**
 * The visual builder: segment settings and its rules. Compose it with the handle of
 * useSegmentEditor. It holds no state itself, so it renders once; each part subscribes to its own.
 * `catalogue` (memoize it) adds what the API knows to the pickers: fields, segments, databases;
 * `target` (memoize it) says which segment Save will change, for the words at the ID field.
 * Its look (editor-styles.ts, kind-field-styles.ts, the fields' outlined-field-styles.ts) is in the
 * page's static style sheet, `virtual:static-styles.css` (src/app/static-styles.tsx): a page that
 * renders it imports that sheet, as src/main.tsx does.
 */
export const SegmentEditor = memo(function SegmentEditor({
  editor,
  catalogue = noCatalogue,
  target = noTarget,
}: {
  editor: EditorHandle;
  catalogue?: EditorCatalogue;
  target?: SaveTarget;
}) {
  useEffect(() => editor.setCatalogue(catalogue), [editor, catalogue]);
  return (
    <EditorContext.Provider value={editor}>
      <SaveTargetContext value={target}>
        <CatalogueContext value={catalogue}>
          {/* Plain elements styled by the page's static sheet (editor-styles.ts): no styling at render. */}
          <form className="se-stack" noValidate onSubmit={(event) => event.preventDefault()}>
            <Summary editor={editor} />
            <div className="se-card">
              <SegmentSettings />
            </div>
            <Rules />
            <Announcer editor={editor} />
          </form>
        </CatalogueContext>
      </SaveTargetContext>
    </EditorContext.Provider>
  );
});
