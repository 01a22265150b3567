import { useCallback, useEffect, useRef, useState } from 'react';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { addGroup, moveCondition, removeGroup, type Place } from './model/commands';
import { useEditor } from './editor-context';
import { domViewOf } from './dom-view';
import { fieldId } from './field-id';
import { GroupCard } from './group-card';
import type { GroupRemovedNoticeProps } from './group-removed-notice';
import { whenIdle } from '../ui/idle';
import { lazyPart } from '../ui/lazy';
import { useSnapshotIssue } from './use-snapshot-issue';
import { DragStore, DragStoreContext } from './drag-store';
import type { DragLayerProps } from './drag-layer';
import { retryableImport } from '../ui/retry-import';

// Shown only after a group was removed: Snackbar and its transitions load then, not with the page.
const removedNotice = lazyPart<GroupRemovedNoticeProps>(
  retryableImport(
    () => import('./group-removed-notice'),
    (m) => m.GroupRemovedNotice,
  ),
);

// dnd-kit is not needed to show or edit a segment: it loads on idle after the first screen, or
// at once when a drag handle is pressed or focused, and binds to the rows already shown.
const dragLayer = lazyPart<DragLayerProps>(
  retryableImport(
    () => import('./drag-layer'),
    (m) => m.DragLayer,
  ),
);

/** The rule groups, drag and drop of conditions within and across them, and "Add group". */
export function RuleGroups() {
  const { t } = useTranslation('editor');
  const editor = useEditor();
  const groups = useFieldArray({ control: editor.form.control, name: 'segment' });
  // Read on each render: a replaced segment (import) brings new group keys and its own size.
  const large = editor.isLarge();
  const [open, setOpen] = useState<Record<string, boolean>>({});
  const [removed, setRemoved] = useState(false);
  // Mounted from the first removal on, so that the notice animates closed.
  const [noticeUsed, setNoticeUsed] = useState(false);
  if (removed && !noticeUsed) setNoticeUsed(true);
  const rulesMessage = useSnapshotIssue('segment', groups.fields.length === 0);
  const keys = useRef<string[]>([]);
  useEffect(() => {
    keys.current = groups.fields.map((field) => field.id);
  });
  const [dragStore] = useState(() => new DragStore());
  const [dragWanted, setDragWanted] = useState(false);
  // Bumped when a handle asks for the layer again before it arrived: retries a failed download.
  const [dragAttempt, setDragAttempt] = useState(0);
  useEffect(() => {
    if (editor.readOnly) return;
    dragStore.onLoad(() => setDragWanted(true));
    dragStore.onRetry(() => setDragAttempt((n) => n + 1));
    const cancel = whenIdle(dragStore.load, 3000);
    return () => {
      cancel();
      dragStore.onLoad(undefined);
      dragStore.onRetry(undefined);
    };
  }, [dragStore, editor]);

  const isOpen = (key: string, index: number) => open[key] ?? (!large || index === 0);
  const onToggle = useCallback(
    (key: string) =>
      setOpen((current) => ({
        ...current,
        [key]: !(current[key] ?? (!large || keys.current.indexOf(key) === 0)),
      })),
    [large],
  );
  useEffect(() => {
    const view = domViewOf(editor);
    view?.registerExpander((index) => {
      const key = keys.current[index];
      if (key) setOpen((current) => (current[key] ? current : { ...current, [key]: true }));
    });
    return () => view?.registerExpander(undefined);
  }, [editor]);

  const onRemove = useCallback(
    (index: number) => {
      if (!editor.run(removeGroup(editor.getDraft(), index))) setRemoved(true);
    },
    [editor],
  );

  const onDragEnd = useCallback<DragLayerProps['onDragEnd']>(
    (from, target) => {
      if (!from || from.type !== 'condition' || !target) return;
      const source: Place = { group: from.group, index: from.index };
      const length = editor.getDraft().segment[target.group]?.queries.length ?? 0;
      const to: Place =
        target.type === 'condition'
          ? { group: target.group, index: target.index }
          : { group: target.group, index: length };
      if (to.group === source.group && to.index >= length) to.index = length - 1;
      if (to.group === source.group && to.index === source.index) return;
      editor.run(moveCondition(editor.getDraft(), source, to));
    },
    [editor],
  );

  return (
    <section aria-labelledby="rules-title">
      <h2 id="rules-title" className="se-section-title se-section-title-tight">
        {t('rules.title')}
      </h2>
      <p className="se-section-lead">
        {large ? t('rules.largeSegment') : t('rules.oneGroupUsual')}
      </p>
      <DragStoreContext value={dragStore}>
        <div className="se-stack">
          {groups.fields.map((field, index) => (
            <GroupCard
              key={field.id}
              index={index}
              groupKey={field.id}
              groupCount={groups.fields.length}
              expanded={isOpen(field.id, index)}
              onToggle={onToggle}
              onRemove={onRemove}
            />
          ))}
        </div>
      </DragStoreContext>
      {dragWanted && (
        <dragLayer.Part store={dragStore} onDragEnd={onDragEnd} retryKey={dragAttempt} />
      )}
      {groups.fields.length === 0 && (
        <Typography variant="body2" color={rulesMessage ? 'error' : 'textSecondary'} sx={{ mb: 1 }}>
          {rulesMessage ?? t('rules.noGroups')}
        </Typography>
      )}
      {!editor.readOnly && (
        <Button
          id={fieldId('segment')}
          variant="outlined"
          startIcon={<AddIcon />}
          sx={{ mt: 2 }}
          onClick={() => editor.run(addGroup(editor.getDraft()))}
        >
          {t('rules.addGroup')}
        </Button>
      )}
      {noticeUsed && (
        <removedNotice.Part
          open={removed}
          retryKey={removed}
          onClose={() => setRemoved(false)}
          onUndo={() => {
            editor.undo();
            setRemoved(false);
          }}
        />
      )}
    </section>
  );
}
