import {
  memo,
  useCallback,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useSyncExternalStore,
} from 'react';
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useDroppable,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { conditionCollision, type DropData } from './drag-collision';
import type { DragStore, GroupEntry, RowDrag, RowEntry } from './drag-store';

// Module constants: dnd-kit makes new listeners for every sortable whenever a sensor's options are
// a new object, which re-rendered every row on any render of the layer.
const pointerOptions = { activationConstraint: { distance: 4 } };
const keyboardOptions = { coordinateGetter: sortableKeyboardCoordinates };

export interface DragLayerProps {
  store: DragStore;
  onDragEnd: (from: DropData | undefined, target: DropData | undefined) => void;
}

/**
 * dnd-kit, loaded on demand (see drag-store.ts): one context, a sortable list per group and a
 * droppable per group area, bound to the rows and areas the editor has already rendered. It
 * renders no element of its own but dnd-kit's screen reader texts.
 */
export const DragLayer = memo(function DragLayer({ store, onDragEnd }: DragLayerProps) {
  // Rows added, moved or removed are bound after the frame that shows them, not in it: dnd-kit
  // renders every sortable of a list and its context again when the list changes (about 9 ms of
  // the 23 ms render of "Add condition" at 10x10). Until then the new row's handle keeps a press
  // or the keys of a drag begun on it (drag-store.ts), replayed once the row is bound.
  const { rows, groups } = useDeferredValue(
    useSyncExternalStore(store.subscribe, store.getSnapshot),
  );
  useEffect(() => store.layerMounted(), [store]);
  const sensors = useSensors(
    useSensor(PointerSensor, pointerOptions),
    useSensor(KeyboardSensor, keyboardOptions),
  );
  const lists = useMemo(() => {
    const byGroup = new Map<number, RowEntry[]>();
    for (const row of rows) {
      const list = byGroup.get(row.group) ?? [];
      list.push(row);
      byGroup.set(row.group, list);
    }
    return [...byGroup.entries()].map(([group, list]) => ({
      group,
      rows: list.sort((a, b) => a.index - b.index),
    }));
  }, [rows]);
  const onEnd = useCallback(
    ({ active, over }: DragEndEvent) =>
      onDragEnd(
        active.data.current as DropData | undefined,
        over?.data.current as DropData | undefined,
      ),
    [onDragEnd],
  );
  // The same element while the deferred snapshot is the same: the render that only hears of a
  // change (its urgent pass) stops here instead of rendering dnd-kit's context and every sortable.
  return useMemo(
    () => (
      <DndContext sensors={sensors} collisionDetection={conditionCollision} onDragEnd={onEnd}>
        {lists.map(({ group, rows: list }) => (
          <SortableContext
            key={group}
            items={list.map((row) => row.id)}
            strategy={verticalListSortingStrategy}
          >
            {list.map((row) => (
              <RowBinder key={row.id} entry={row} />
            ))}
          </SortableContext>
        ))}
        {groups.map((entry) => (
          <GroupBinder key={entry.key} entry={entry} />
        ))}
      </DndContext>
    ),
    [sensors, onEnd, lists, groups],
  );
});

function RowBinder({ entry }: { entry: RowEntry }) {
  const { id, group, index, disabled, node, handle, bind } = entry;
  const sortable = useSortable({ id, data: { type: 'condition', group, index }, disabled });
  const { setNodeRef, setActivatorNodeRef, attributes, listeners, transition, isDragging } =
    sortable;
  const transform = CSS.Translate.toString(sortable.transform);
  useLayoutEffect(() => {
    setNodeRef(node);
    setActivatorNodeRef(handle);
  }, [setNodeRef, setActivatorNodeRef, node, handle]);
  useLayoutEffect(() => {
    const drag: RowDrag = {
      attributes: attributes as unknown as Record<string, unknown>,
      listeners: listeners as RowDrag['listeners'],
      style: { transform, transition },
      dragging: isDragging,
    };
    bind(drag);
  }, [bind, attributes, listeners, transform, transition, isDragging]);
  useLayoutEffect(() => () => bind(undefined), [bind]);
  return null;
}

function GroupBinder({ entry }: { entry: GroupEntry }) {
  const { key, index, node, bind } = entry;
  const { setNodeRef, isOver } = useDroppable({
    id: `group-${key}`,
    data: { type: 'group', group: index },
  });
  useLayoutEffect(() => setNodeRef(node), [setNodeRef, node]);
  useLayoutEffect(() => bind(isOver), [bind, isOver]);
  return null;
}
