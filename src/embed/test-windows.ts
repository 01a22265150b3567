import type { BridgeWindow } from './editor-bridge';

/*
 * Test doubles of the windows on both sides of an iframe, delivering postMessage the way a browser
 * does: to a window only when the target origin equals that window's origin (so a wrong target
 * origin silently loses the message), with the sender's origin and window on the event.
 */

export const HOST_ORIGIN = 'http://localhost:3000';
export const EDITOR_ORIGIN = 'http://127.0.0.1:5173';

/** One postMessage call as the sender made it. */
export interface Posted {
  message: unknown;
  targetOrigin: string;
}

type Listener = (event: MessageEvent) => void;

/** A window of `origin` that records what is posted to it and dispatches it to its listeners. */
export class FakeWindow {
  readonly posted: Posted[] = [];
  readonly listeners = new Set<Listener>();
  /** The window that sends when this one's postMessage is called from "the other side". */
  sender: FakeWindow | null = null;
  parent: FakeWindow | null = null;

  constructor(readonly origin: string) {}

  addEventListener(_type: 'message', listener: Listener): void {
    this.listeners.add(listener);
  }

  removeEventListener(_type: 'message', listener: Listener): void {
    this.listeners.delete(listener);
  }

  postMessage(message: unknown, targetOrigin: string): void {
    this.posted.push({ message, targetOrigin });
    if (targetOrigin !== this.origin || !this.sender) return;
    this.receive(structuredClone(message), this.sender.origin, this.sender);
  }

  /** Dispatches a message event as if `source` (of `origin`) had posted `data` to this window. */
  receive(data: unknown, origin: string, source: unknown): void {
    const event = { data, origin, source } as MessageEvent;
    for (const listener of [...this.listeners]) listener(event);
  }
}

/** A host page and an editor iframe inside it, wired to each other. */
export function framePair(hostOrigin = HOST_ORIGIN, editorOrigin = EDITOR_ORIGIN) {
  const host = new FakeWindow(hostOrigin);
  const editor = new FakeWindow(editorOrigin);
  editor.parent = host;
  host.sender = editor;
  editor.sender = host;
  return { host, editor, editorWindow: editor as BridgeWindow & FakeWindow };
}
