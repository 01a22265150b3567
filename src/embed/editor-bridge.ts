import { withoutToken } from '../segment';
import { normalizeOrigins } from './origins';
import {
  PROTOCOL_VERSION,
  parseEditorMessage,
  parseHostMessage,
  type DraftRequest,
  type EditorEvent,
  type EditorMessage,
  type InitMessage,
  type ProtocolErrorCode,
} from './protocol';

/** The part of a host page's window the bridge posts to. */
export interface ParentWindow {
  postMessage(message: unknown, targetOrigin: string): void;
}

/** The part of `window` the bridge uses; a real `Window` fits, and so does a test double. */
export interface BridgeWindow {
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  readonly parent: ParentWindow | null;
}

/** What {@link createEditorBridge} needs. */
export interface EditorBridgeOptions {
  /** The editor's own window (its `parent` is the host page). */
  window: BridgeWindow;
  /**
   * Origins allowed to drive the editor, from the server's configuration (`/app-config.json`),
   * never from the URL: a URL parameter would let any site embed and drive the editor.
   */
  parentOrigins: readonly string[];
  /**
   * The host's `init`. It carries the token when the host has one: hand it to the API client and
   * keep it in memory only. An exception thrown here is reported to the host as an `error`.
   */
  onInit: (init: InitMessage) => void;
  /** The host asked to save. */
  onSave: () => void;
  /** The host replaced the request (already validated, token removed). */
  onSet: (request: DraftRequest) => void;
}

/** The editor's end of the postMessage protocol. */
export interface EditorBridge {
  /**
   * Sends an event to the host page, at the allowed parent origin only (never `*`). Returns false
   * when it was not sent: no parent, or several origins are allowed and no `init` has said which
   * one is the parent yet. A `resize` that could not be sent is kept and sent after `init`.
   * Throws on a malformed event, which is a bug of the caller.
   */
  post(event: EditorEvent): boolean;
  /** The origin messages go to: the one that sent `init`, or the only allowed one; else null. */
  readonly parentOrigin: string | null;
  /** True once a valid `init` has arrived. */
  readonly initialized: boolean;
  /** Stops listening. */
  destroy(): void;
}

/**
 * Starts the editor side of the embedding protocol on `options.window`: listens for host messages,
 * and announces `segment-editor:ready` to every allowed origin (postMessage with a specific target
 * origin only delivers to a parent of that origin, so this is safe before the parent is known).
 *
 * Messages from origins outside the allow-list, or from any window but the parent, are ignored
 * entirely (no reply). Malformed messages from the parent are answered with `segment-editor:error`
 * and change nothing. After `init`, only its origin is listened to.
 */
export function createEditorBridge(options: EditorBridgeOptions): EditorBridge {
  const win = options.window;
  // A top-level editor has itself as parent: it must not talk to itself (its own error replies
  // would come back as malformed host messages, forever).
  const parent = win.parent && win.parent !== (win as unknown) ? win.parent : null;
  const allowed = normalizeOrigins(options.parentOrigins);
  const [onlyOrigin] = allowed;
  let parentOrigin: string | null = allowed.length === 1 && onlyOrigin ? onlyOrigin : null;
  let initialized = false;
  let pendingResize: EditorMessage | null = null;
  let destroyed = false;

  const send = (message: EditorMessage, origin: string) => parent?.postMessage(message, origin);

  const refuse = (origin: string, code: ProtocolErrorCode, message: string) =>
    send({ v: PROTOCOL_VERSION, type: 'segment-editor:error', message, code }, origin);

  const run = (origin: string, action: () => void) => {
    try {
      action();
    } catch (error) {
      refuse(
        origin,
        'failed',
        error instanceof Error ? error.message : 'The editor could not apply this message.',
      );
    }
  };

  const listener = (event: MessageEvent) => {
    if (!allowed.includes(event.origin)) return;
    if (!parent || event.source !== parent) return;
    if (initialized && event.origin !== parentOrigin) return;
    const parsed = parseHostMessage(event.data);
    if (!parsed.ok) {
      refuse(event.origin, parsed.code, parsed.message);
      return;
    }
    const message = parsed.message;
    if (message.type === 'segment-editor:init') {
      parentOrigin = event.origin;
      initialized = true;
      run(event.origin, () => options.onInit(message));
      if (pendingResize) {
        send(pendingResize, event.origin);
        pendingResize = null;
      }
      return;
    }
    if (!initialized) {
      refuse(event.origin, 'not-initialized', `${message.type}: send segment-editor:init first.`);
      return;
    }
    if (message.type === 'segment-editor:save') run(event.origin, () => options.onSave());
    else run(event.origin, () => options.onSet(message.request));
  };

  const post = (event: EditorEvent): boolean => {
    const outgoing =
      event.type === 'segment-editor:change'
        ? { ...event, request: withoutToken(event.request) }
        : event;
    const message = parseEditorMessage({ ...outgoing, v: PROTOCOL_VERSION });
    if (!message) throw new TypeError(`segment-editor: malformed ${event.type} event`);
    if (destroyed || !parent) return false;
    if (message.type === 'segment-editor:ready') {
      for (const origin of parentOrigin ? [parentOrigin] : allowed) send(message, origin);
      return allowed.length > 0;
    }
    if (!parentOrigin) {
      if (message.type === 'segment-editor:resize') pendingResize = message;
      return false;
    }
    send(message, parentOrigin);
    return true;
  };

  win.addEventListener('message', listener);
  post({ type: 'segment-editor:ready' });

  return {
    post,
    get parentOrigin() {
      return parentOrigin;
    },
    get initialized() {
      return initialized;
    },
    destroy() {
      destroyed = true;
      win.removeEventListener('message', listener);
    },
  };
}
