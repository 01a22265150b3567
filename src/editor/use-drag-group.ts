import { useLayoutEffect, useRef, useState } from 'react';
import { useDragStore, type GroupEntry } from './drag-store';

/**
 * A group's conditions list as a drop area, without dnd-kit: it registers with the drag store and
 * the drag layer (loaded later) binds a droppable to it and reports when a condition is over it.
 */
export function useDragGroup(key: string, index: number, expanded: boolean) {
  const store = useDragStore();
  const [isOver, setOver] = useState(false);
  const node = useRef<HTMLElement | null>(null);
  const [areaRef] = useState(() => (element: HTMLElement | null) => {
    node.current = element;
  });
  useLayoutEffect(() => {
    if (!store) return;
    const entry: GroupEntry = { key, index, node: node.current, bind: setOver };
    store.setGroup(entry);
    return () => store.deleteGroup(key, entry);
  }, [store, key, index, expanded]);
  return { areaRef, isOver };
}
