import { describe, expect, it } from 'vitest';
import type { ClientRect, CollisionDetection, DroppableContainer } from '@dnd-kit/core';
import { conditionCollision, type DropData } from './drag-collision';

type Args = Parameters<CollisionDetection>[0];

const rect = (top: number, bottom: number): ClientRect => ({
  top,
  bottom,
  left: 0,
  right: 600,
  width: 600,
  height: bottom - top,
});

const container = (id: string, data: DropData): DroppableContainer =>
  ({ id, key: id, data: { current: data }, disabled: false }) as unknown as DroppableContainer;

// Group 0: rows a (100-152) and b (164-216), 12 px apart; group 1: empty (300-348); group 2: row c
// alone, its area the row's own box (400-452).
const droppables: [DroppableContainer, ClientRect][] = [
  [container('group-0', { type: 'group', group: 0 }), rect(100, 216)],
  [container('a', { type: 'condition', group: 0, index: 0 }), rect(100, 152)],
  [container('b', { type: 'condition', group: 0, index: 1 }), rect(164, 216)],
  [container('group-1', { type: 'group', group: 1 }), rect(300, 348)],
  [container('group-2', { type: 'group', group: 2 }), rect(400, 452)],
  [container('c', { type: 'condition', group: 2, index: 0 }), rect(400, 452)],
];

function over(pointerY: number | null, dragged = rect(100, 152)): string | undefined {
  const args = {
    active: { id: 'a' },
    collisionRect: dragged,
    droppableRects: new Map(droppables.map(([c, r]) => [c.id, r])),
    droppableContainers: droppables.map(([c]) => c),
    pointerCoordinates: pointerY === null ? null : { x: 40, y: pointerY },
  } as unknown as Args;
  return conditionCollision(args)[0]?.id as string | undefined;
}

describe('conditionCollision', () => {
  it('takes the row under the pointer over the group area it sits in', () => {
    expect(over(190)).toBe('b');
    expect(over(120)).toBe('a');
  });

  it('takes the nearest row of the group when the pointer is in the gap between two rows', () => {
    // Regression: the gap counted as the group's area, so a drop there went to the group's end
    // (or nowhere, within the same group) whichever rows the pointer was between.
    expect(over(155)).toBe('a');
    expect(over(161)).toBe('b');
  });

  it('takes the area of a group without rows', () => {
    expect(over(320)).toBe('group-1');
  });

  it('falls back to the closest centre without a pointer (keyboard), a row winning a tie with its area', () => {
    expect(over(null, rect(402, 454))).toBe('c');
    expect(over(null, rect(166, 218))).toBe('b');
  });
});
