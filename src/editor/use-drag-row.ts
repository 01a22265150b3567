import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useDragStore, type RowDrag, type RowEntry } from './drag-store';

export interface DragRow {
  rowRef: (element: HTMLDivElement | null) => void;
  handleRef: (element: HTMLElement | null) => void;
  /** dnd-kit's attributes and listeners once bound; until then, handlers that load it. */
  handleProps: Record<string, unknown>;
  drag: RowDrag | undefined;
}

/**
 * A condition row's part in drag and drop, without dnd-kit: the row registers with the drag store,
 * and the drag layer (loaded later) binds a sortable to it. Until then its handle loads the layer
 * when pressed or focused, and keeps a press or the keys of a drag begun at once.
 */
export function useDragRow(id: string, group: number, index: number, disabled: boolean): DragRow {
  const store = useDragStore();
  const [drag, setDrag] = useState<RowDrag>();
  const elements = useRef<{ row: HTMLElement | null; handle: HTMLElement | null }>({
    row: null,
    handle: null,
  });
  const [refs] = useState(() => ({
    rowRef: (element: HTMLDivElement | null) => {
      elements.current.row = element;
    },
    handleRef: (element: HTMLElement | null) => {
      elements.current.handle = element;
    },
  }));
  useLayoutEffect(() => {
    if (!store) return;
    const entry: RowEntry = {
      id,
      group,
      index,
      disabled,
      node: elements.current.row,
      handle: elements.current.handle,
      bind: setDrag,
    };
    store.setRow(entry);
    return () => store.deleteRow(id, entry);
  }, [store, id, group, index, disabled]);
  const listeners = drag?.listeners;
  useLayoutEffect(() => {
    if (listeners) store?.replay(elements.current.handle);
  }, [store, listeners]);
  // Stable between renders, so that the memoized handle does not re-render with the row.
  const handleProps = useMemo<Record<string, unknown>>(
    () =>
      drag
        ? { ...drag.attributes, ...drag.listeners }
        : store
          ? {
              onPointerDown: store.pressBeforeLoad,
              onFocus: store.load,
              onKeyDown: store.keyBeforeLoad,
            }
          : {},
    [drag, store],
  );
  return { ...refs, handleProps, drag };
}
