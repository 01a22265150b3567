import { useCallback, useEffect, useRef, useState } from 'react';
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  pointerWithin,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import Box from '@mui/material/Box';
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
import { lazyPart } from '../ui/lazy';
import { useSnapshotIssue } from './use-snapshot-issue';

// Shown only after a group was removed: Snackbar and its transitions load then, not with the page.
const removedNotice = lazyPart<GroupRemovedNoticeProps>(() =>
  import('./group-removed-notice').then((m) => m.GroupRemovedNotice),
);

type DropData =
  { type: 'condition'; group: number; index: number } | { type: 'group'; group: number };

/** Rows win over the group area they sit in; the keyboard sensor has no pointer, so fall back. */
const collision: CollisionDetection = (args) => {
  const within = pointerWithin(args);
  const rows = within.filter((c) => {
    const container = (
      c.data as { droppableContainer?: { data: { current?: DropData } } } | undefined
    )?.droppableContainer;
    return container?.data.current?.type === 'condition';
  });
  if (rows.length > 0) return rows;
  return within.length > 0 ? within : closestCenter(args);
};

/** The rule groups, drag and drop of conditions within and across them, and "Add group". */
// Module constants: dnd-kit makes new listeners for every sortable (each row's drag handle, each
// group's header) whenever a sensor's options are a new object, which re-rendered them all on any
// render of this list.
const pointerOptions = { activationConstraint: { distance: 4 } };
const keyboardOptions = { coordinateGetter: sortableKeyboardCoordinates };

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
  const rulesMessage = useSnapshotIssue('segment');
  const keys = useRef<string[]>([]);
  useEffect(() => {
    keys.current = groups.fields.map((field) => field.id);
  });
  const sensors = useSensors(
    useSensor(PointerSensor, pointerOptions),
    useSensor(KeyboardSensor, keyboardOptions),
  );

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

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const from = active.data.current as DropData | undefined;
    const target = over?.data.current as DropData | undefined;
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
  };

  return (
    <Box component="section" aria-labelledby="rules-title">
      <Typography
        id="rules-title"
        variant="h2"
        sx={{ fontSize: '1.125rem', fontWeight: 600, mb: 0.5 }}
      >
        {t('rules.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {large ? t('rules.largeSegment') : t('rules.oneGroupUsual')}
      </Typography>
      <DndContext sensors={sensors} collisionDetection={collision} onDragEnd={onDragEnd}>
        <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
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
        </Box>
      </DndContext>
      {groups.fields.length === 0 && (
        <Typography
          variant="body2"
          color={rulesMessage ? 'error' : 'text.secondary'}
          sx={{ mb: 1 }}
        >
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
    </Box>
  );
}
