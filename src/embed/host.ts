import { isEditorMessage } from './host-guards';
import type {
  EditorEventMessage,
  EmbedEventName,
  EmbedHandle,
  EmbedRequest,
  MountOptions,
} from './host-types';

/*
 * The host helper for admin portals, built to `dist/embed.js` (vite.embed.config.ts). Plain DOM, no
 * dependencies: it must not pull React, MUI or zod into the portal's page.
 */

export type * from './host-types';
export { isEditorMessage } from './host-guards';

type Listener = (event: EditorEventMessage) => void;

const eventNames: Record<EditorEventMessage['type'], EmbedEventName> = {
  'segment-editor:ready': 'ready',
  'segment-editor:change': 'change',
  'segment-editor:saved': 'saved',
  'segment-editor:error': 'error',
  'segment-editor:resize': 'resize',
};

/** The iframe's URL: `src` plus `embed=1` and the options that are not secret. Never the token. */
function editorUrl(options: MountOptions, base: string): URL {
  const url = new URL(options.src, base);
  url.searchParams.set('embed', '1');
  if (options.segmentId !== undefined) url.searchParams.set('segment', String(options.segmentId));
  if (options.apiBase) url.searchParams.set('apiBase', options.apiBase);
  if (options.format) url.searchParams.set('format', options.format);
  if (options.lang) url.searchParams.set('lang', options.lang);
  if (options.theme) url.searchParams.set('theme', options.theme);
  if (options.readonly) url.searchParams.set('readonly', '1');
  return url;
}

/**
 * Embeds Segment Editor in `element` and returns a handle to drive it.
 *
 * Creates an iframe on `options.src` (with `?embed=1` and the non-secret options in the query),
 * waits for the editor's `segment-editor:ready` (accepted only from the editor's origin and from the
 * iframe's own window), then sends `segment-editor:init` with every option, the token included, to
 * the editor's origin only. On `resize` it sets the iframe's height. `save()` and `setSegment()`
 * called before the editor is ready are sent once it is.
 *
 * @example
 * const editor = mount(document.querySelector('#segment')!, { src: 'https://segments.example.com/', segmentId: 14 });
 * editor.on('saved', (event) => console.log('saved', event.savedId));
 */
export function mount(element: HTMLElement, options: MountOptions): EmbedHandle {
  const doc = element.ownerDocument;
  const win = doc.defaultView;
  if (!win) throw new Error('segment-editor: mount() needs an element attached to a window.');
  const src = editorUrl(options, doc.baseURI);
  const origin = new URL(options.origin ?? src.href).origin;
  const listeners = new Map<EmbedEventName, Set<Listener>>();
  let request: EmbedRequest | undefined = options.request;
  let segmentId = request ? undefined : options.segmentId;
  let ready = false;
  let destroyed = false;
  let saveRequested = false;

  const iframe = doc.createElement('iframe');
  iframe.title = options.title ?? 'Segment Editor';
  iframe.allow = 'clipboard-write';
  iframe.style.width = '100%';
  iframe.style.border = '0';
  iframe.style.display = 'block';
  iframe.style.height = `${options.initialHeight ?? 600}px`;

  const send = (message: Record<string, unknown>) => {
    iframe.contentWindow?.postMessage({ v: 1, ...message }, origin);
  };
  const init = () => {
    const { token, session, apiBase, format, lang, theme, readonly } = options;
    const fields = { token, session, apiBase, segmentId, request, format, lang, theme, readonly };
    const message: Record<string, unknown> = { type: 'segment-editor:init' };
    for (const [key, value] of Object.entries(fields))
      if (value !== undefined) message[key] = value;
    send(message);
  };

  const onMessage = (event: MessageEvent) => {
    if (destroyed || event.origin !== origin || event.source !== iframe.contentWindow) return;
    const data: unknown = event.data;
    if (!isEditorMessage(data)) return;
    if (data.type === 'segment-editor:ready') {
      ready = true;
      init();
      if (saveRequested) send({ type: 'segment-editor:save' });
      saveRequested = false;
    }
    if (data.type === 'segment-editor:resize' && options.autoResize !== false) {
      iframe.style.height = `${data.height}px`;
    }
    for (const callback of listeners.get(eventNames[data.type]) ?? []) callback(data);
  };

  win.addEventListener('message', onMessage);
  iframe.src = src.href;
  element.appendChild(iframe);

  const handle: EmbedHandle = {
    iframe,
    get ready() {
      return ready;
    },
    save() {
      if (destroyed) return;
      if (ready) send({ type: 'segment-editor:save' });
      else saveRequested = true;
    },
    setSegment(next) {
      // Remembered so that a reloaded editor is initialised with the latest request.
      request = next;
      segmentId = undefined;
      // Before `ready`, the coming `init` carries it.
      if (ready && !destroyed) send({ type: 'segment-editor:set', request: next });
    },
    on(name, callback) {
      const set = listeners.get(name) ?? new Set<Listener>();
      set.add(callback as Listener);
      listeners.set(name, set);
      return () => handle.off(name, callback);
    },
    off(name, callback) {
      listeners.get(name)?.delete(callback as Listener);
    },
    destroy() {
      destroyed = true;
      win.removeEventListener('message', onMessage);
      listeners.clear();
      iframe.remove();
    },
  };
  return handle;
}
