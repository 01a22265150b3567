import { createContext, useContext } from 'react';
import type {
  CSSProperties,
  KeyboardEvent as ReactKeyboardEvent,
  PointerEvent as ReactPointerEvent,
  SyntheticEvent,
} from 'react';

/** What dnd-kit gives a sortable row: its handle's attributes and listeners, its moving style. */
export interface RowDrag {
  attributes: Record<string, unknown>;
  listeners: Record<string, (event: SyntheticEvent) => void> | undefined;
  style: CSSProperties;
  dragging: boolean;
}

/** A condition row as the drag layer sees it: where it is and how to reach its elements. */
export interface RowEntry {
  id: string;
  group: number;
  index: number;
  disabled: boolean;
  node: HTMLElement | null;
  handle: HTMLElement | null;
  bind: (drag: RowDrag | undefined) => void;
}

/** A group's drop area (its conditions' list). */
export interface GroupEntry {
  key: string;
  index: number;
  node: HTMLElement | null;
  bind: (isOver: boolean) => void;
}

/** The snapshot the drag layer renders: a new object whenever a row or group comes, goes or moves. */
export interface DragSnapshot {
  rows: RowEntry[];
  groups: GroupEntry[];
}

// The keys that pick a condition up (dnd-kit's keyboard sensor), kept until dnd-kit is there.
const startCodes = new Set(['Space', 'Enter']);

/** What began on a handle before dnd-kit was there, to be given to it once it is. */
type Pending =
  | { kind: 'key'; target: HTMLElement; code: string; key: string }
  | {
      kind: 'press';
      target: HTMLElement;
      down: PointerEventInit;
      /** Where the pointer is now (it may have moved on while dnd-kit loaded). */
      at: { clientX: number; clientY: number };
      stop: () => void;
    };

const pointerInit = (event: PointerEvent): PointerEventInit => ({
  bubbles: true,
  cancelable: true,
  composed: true,
  pointerId: event.pointerId,
  pointerType: event.pointerType,
  isPrimary: event.isPrimary,
  button: event.button,
  buttons: event.buttons,
  clientX: event.clientX,
  clientY: event.clientY,
  screenX: event.screenX,
  screenY: event.screenY,
  altKey: event.altKey,
  ctrlKey: event.ctrlKey,
  metaKey: event.metaKey,
  shiftKey: event.shiftKey,
});

/**
 * The rows and groups of one editor, registered by their views, for the drag layer. dnd-kit is not
 * in the initial bundle: rows and groups render without it and register here; the layer (loaded
 * on idle, or when a handle is pressed or focused) binds dnd-kit's sortables and droppables to
 * them without remounting a row, so that no input loses its focus when it arrives.
 */
export class DragStore {
  private readonly rows = new Map<string, RowEntry>();
  private readonly groups = new Map<string, GroupEntry>();
  private readonly listeners = new Set<() => void>();
  private snapshot: DragSnapshot = { rows: [], groups: [] };
  private dirty = false;
  private notifying = false;
  private loadWanted = false;
  private layerReady = false;
  private loadListener: (() => void) | undefined;
  private retryListener: (() => void) | undefined;
  private pending: Pending | undefined;

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  getSnapshot = () => {
    if (this.dirty) {
      this.dirty = false;
      this.snapshot = { rows: [...this.rows.values()], groups: [...this.groups.values()] };
    }
    return this.snapshot;
  };

  setRow(entry: RowEntry) {
    this.rows.set(entry.id, entry);
    this.changed();
  }
  deleteRow(id: string, entry: RowEntry) {
    if (this.rows.get(id) === entry) this.rows.delete(id);
    this.changed();
  }
  setGroup(entry: GroupEntry) {
    this.groups.set(entry.key, entry);
    this.changed();
  }
  deleteGroup(key: string, entry: GroupEntry) {
    if (this.groups.get(key) === entry) this.groups.delete(key);
    this.changed();
  }

  /**
   * Asks for the drag layer: pointer down or focus on a handle, or the idle preload. Once asked, a
   * new ask before the layer is there tries its download again (`onRetry`): a chunk that could not
   * load (a dropped connection) must not leave drag and drop gone until the page is reloaded.
   */
  load = () => {
    if (this.layerReady) return;
    if (!this.loadWanted) {
      this.loadWanted = true;
      this.loadListener?.();
    } else this.retryListener?.();
  };
  /** The layer is there and bound: further asks cost nothing. */
  layerMounted = () => {
    this.layerReady = true;
    return () => {
      this.layerReady = false;
    };
  };
  /** Told when the layer is asked for again before it is there (see `load`). */
  onRetry(listener: (() => void) | undefined) {
    this.retryListener = listener;
  }
  /** The view that mounts the layer listens here (told at once if the layer is already wanted). */
  onLoad(listener: (() => void) | undefined) {
    this.loadListener = listener;
    if (this.loadWanted) listener?.();
  }

  /**
   * A key pressed on a handle before dnd-kit is there: Space or Enter (pick up) is kept and replayed
   * when the row is bound, so a keyboard drag begun at once lifts the condition as soon as it can.
   */
  keyBeforeLoad = (event: ReactKeyboardEvent<HTMLElement>) => {
    this.load();
    const { code, key } = event.nativeEvent;
    if (!startCodes.has(code)) return;
    event.preventDefault();
    this.forget();
    this.pending = { kind: 'key', target: event.currentTarget, code, key };
  };

  /**
   * A handle pressed before dnd-kit is there (a person dragging right after the page opened): the
   * press is kept while the button is held, and replayed when the row is bound, with where the
   * pointer has gone since, so the drag starts then instead of needing a second press. Released
   * before, it was a click: nothing is replayed.
   */
  pressBeforeLoad = (event: ReactPointerEvent<HTMLElement>) => {
    this.load();
    const native = event.nativeEvent;
    // dnd-kit's pointer sensor starts on the primary button only.
    if (!native.isPrimary || native.button !== 0) return;
    this.forget();
    const doc = event.currentTarget.ownerDocument;
    const id = native.pointerId;
    const onMove = (moved: PointerEvent) => {
      if (moved.pointerId === id && pending.kind === 'press')
        pending.at = { clientX: moved.clientX, clientY: moved.clientY };
    };
    const onEnd = (ended: PointerEvent) => {
      if (ended.pointerId === id && this.pending === pending) this.forget();
    };
    const pending: Pending = {
      kind: 'press',
      target: event.currentTarget,
      down: pointerInit(native),
      at: { clientX: native.clientX, clientY: native.clientY },
      stop: () => {
        doc.removeEventListener('pointermove', onMove, true);
        doc.removeEventListener('pointerup', onEnd, true);
        doc.removeEventListener('pointercancel', onEnd, true);
      },
    };
    doc.addEventListener('pointermove', onMove, true);
    doc.addEventListener('pointerup', onEnd, true);
    doc.addEventListener('pointercancel', onEnd, true);
    this.pending = pending;
  };

  /** Called by a row once dnd-kit's listeners are on its handle: replays what began there. */
  replay(handle: HTMLElement | null) {
    const pending = this.pending;
    if (!pending || !handle || pending.target !== handle) return;
    this.forget();
    if (pending.kind === 'key') {
      const { code, key } = pending;
      handle.dispatchEvent(
        new KeyboardEvent('keydown', { code, key, bubbles: true, cancelable: true }),
      );
      return;
    }
    handle.dispatchEvent(new PointerEvent('pointerdown', pending.down));
    const { clientX, clientY } = pending.at;
    // dnd-kit follows the pointer from where it was pressed; telling it where the pointer is now
    // starts a drag already under way at once, not on the person's next move.
    if (clientX !== pending.down.clientX || clientY !== pending.down.clientY)
      handle.dispatchEvent(
        new PointerEvent('pointermove', { ...pending.down, button: -1, clientX, clientY }),
      );
  }

  private forget() {
    if (this.pending?.kind === 'press') this.pending.stop();
    this.pending = undefined;
  }

  // Rows register one by one as they mount (2,000 of them for a large segment): the layer hears
  // once per batch, not once per row.
  private changed() {
    this.dirty = true;
    if (this.notifying || this.listeners.size === 0) return;
    this.notifying = true;
    queueMicrotask(() => {
      this.notifying = false;
      for (const listener of this.listeners) listener();
    });
  }
}

export const DragStoreContext = createContext<DragStore | null>(null);

/** The drag store of the nearest rule groups (none in tests that render a row alone). */
export function useDragStore(): DragStore | null {
  return useContext(DragStoreContext);
}
