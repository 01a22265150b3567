import {
  closestCenter,
  pointerWithin,
  type Collision,
  type CollisionDetection,
  type DroppableContainer,
} from '@dnd-kit/core';

/** What a drag carries and lands on. */
export type DropData =
  { type: 'condition'; group: number; index: number } | { type: 'group'; group: number };

type Args = Parameters<CollisionDetection>[0];

const dropOf = (container: DroppableContainer | undefined) =>
  container?.data.current as DropData | undefined;
const containerOf = (collision: Collision) =>
  (collision.data as { droppableContainer?: DroppableContainer } | undefined)?.droppableContainer;
const valueOf = (collision: Collision) => (collision.data as { value?: number } | undefined)?.value;
const isRow = (collision: Collision) => dropOf(containerOf(collision))?.type === 'condition';

/** The row of `group` whose middle is nearest the pointer, in height. */
function nearestRow(
  { droppableContainers, droppableRects }: Args,
  y: number,
  group: number,
): Collision | undefined {
  let best: Collision | undefined;
  for (const container of droppableContainers) {
    const data = dropOf(container);
    const rect = droppableRects.get(container.id);
    if (data?.type !== 'condition' || data.group !== group || !rect) continue;
    const value = Math.abs(y - (rect.top + rect.height / 2));
    if (!best || value < (valueOf(best) ?? Infinity))
      best = { id: container.id, data: { droppableContainer: container, value } };
  }
  return best;
}

/**
 * Where a dragged condition lands. A row under the pointer wins over the group area it sits in. In
 * a group area but between its rows (the gap between two rows, which dnd-kit's auto-scroll can move
 * under a still pointer), the nearest row of that group: a drop between two rows lands beside them,
 * not at the group's end. The keyboard sensor has no pointer, so fall back to the closest centre,
 * where a row also wins a tie with the area of a group holding only it.
 */
export const conditionCollision: CollisionDetection = (args) => {
  const within = pointerWithin(args);
  const rows = within.filter(isRow);
  if (rows.length > 0) return rows;
  const area = dropOf(within.map(containerOf).find((c) => dropOf(c)?.type === 'group'));
  if (area && args.pointerCoordinates) {
    const row = nearestRow(args, args.pointerCoordinates.y, area.group);
    if (row) return [row, ...within];
  }
  if (within.length > 0) return within;
  const closest = closestCenter(args);
  const best = closest[0] && valueOf(closest[0]);
  const row = closest.find((c) => isRow(c) && valueOf(c) === best);
  return row ? [row, ...closest.filter((c) => c !== row)] : closest;
};
