/*
 * Public types of the host helper (`dist/embed.js`). This file is also shipped verbatim as
 * `dist/embed.d.ts` (see vite.embed.config.ts), so it must stay self-contained: no imports, types
 * only. `host.test.ts` checks that these types agree with the editor's zod protocol.
 */

/**
 * An Altcraft "Update segment" request as a JSON object (see the Altcraft API documentation,
 * `POST /api/v1.1/segments/update/`): `name`, `list_id`, `is_static`, `is_refresh_daily`,
 * `segment` (rule groups). The editor validates it and answers an `error` event when it is invalid.
 */
export type EmbedRequest = { [key: string]: unknown };

/** The editor is ready for `init` (sent again if the iframe reloads). */
export interface EditorReadyEvent {
  v: 1;
  type: 'segment-editor:ready';
}

/** The request changed. `request` never carries the token; it may be an invalid draft. */
export interface EditorChangeEvent {
  v: 1;
  type: 'segment-editor:change';
  request: EmbedRequest;
  /** The request passes validation and could be saved. */
  valid: boolean;
  /** The request differs from the one loaded or last saved. */
  dirty: boolean;
}

/** The segment was saved; `savedId` is its id (new for a segment just created). */
export interface EditorSavedEvent {
  v: 1;
  type: 'segment-editor:saved';
  savedId: number;
}

/** Something failed: a save, a load, or a message the editor refused. */
export interface EditorErrorEvent {
  v: 1;
  type: 'segment-editor:error';
  /** A sentence a person can act on (never contains the token). */
  message: string;
  /** Altcraft's error code, an error kind (`network`, `timeout`, ...) or a protocol code. */
  code?: string | number;
}

/** The editor's content height changed (CSS pixels); the helper resizes the iframe itself. */
export interface EditorResizeEvent {
  v: 1;
  type: 'segment-editor:resize';
  height: number;
}

/** Any message the editor sends to its host. */
export type EditorEventMessage =
  EditorReadyEvent | EditorChangeEvent | EditorSavedEvent | EditorErrorEvent | EditorResizeEvent;

/** The events a host can subscribe to with `handle.on(name, callback)`. */
export interface EmbedEventMap {
  ready: EditorReadyEvent;
  change: EditorChangeEvent;
  saved: EditorSavedEvent;
  error: EditorErrorEvent;
  resize: EditorResizeEvent;
}
export type EmbedEventName = keyof EmbedEventMap;

/** Options of `mount`. Everything but `src` is optional. */
export interface MountOptions {
  /** The editor's URL, e.g. `https://segments.example.com/`. */
  src: string;
  /** The editor's origin; derived from `src` when omitted. Messages from any other origin are ignored. */
  origin?: string;
  /** The Altcraft API token, sent only inside the `init` message (never in the URL). Omit it when the editor's server adds the token. */
  token?: string;
  /**
   * An editor session minted on the portal's server (`mintEditorSession`), for an editor server
   * with EDITOR_SESSION_SECRET; sent only inside the `init` message (never in the URL).
   */
  session?: string;
  /** The editor's API base (default `/api/v1.1` on the editor's origin). */
  apiBase?: string;
  /** Id of the segment to load. Give either this or `request`. */
  segmentId?: number;
  /** A request to start from. Give either this or `segmentId`. */
  request?: EmbedRequest;
  /** The API's response format. */
  format?: 'json' | 'xml';
  /** The editor's language. */
  lang?: 'en' | 'ru';
  /** The editor's theme; `auto` follows the system. */
  theme?: 'light' | 'dark' | 'auto';
  /** Show the segment without editing. */
  readonly?: boolean;
  /** The iframe's accessible title (default `Segment Editor`). */
  title?: string;
  /** Resize the iframe to the editor's content height (default true). */
  autoResize?: boolean;
  /** The iframe's height in CSS pixels until the editor reports its own (default 600). */
  initialHeight?: number;
}

/** The embedded editor, as returned by `mount`. */
export interface EmbedHandle {
  /** The iframe element. */
  readonly iframe: HTMLIFrameElement;
  /** True once the editor has announced `ready` and received `init`. */
  readonly ready: boolean;
  /** Asks the editor to save; sent as soon as the editor is ready. */
  save(): void;
  /** Replaces the edited request; sent as soon as the editor is ready. */
  setSegment(request: EmbedRequest): void;
  /** Subscribes to an event; returns a function that unsubscribes. */
  on<K extends EmbedEventName>(name: K, callback: (event: EmbedEventMap[K]) => void): () => void;
  /** Unsubscribes a callback given to `on`. */
  off<K extends EmbedEventName>(name: K, callback: (event: EmbedEventMap[K]) => void): void;
  /** Stops listening and removes the iframe. */
  destroy(): void;
}
