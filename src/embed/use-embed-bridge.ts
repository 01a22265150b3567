import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';
import { createEditorBridge, type BridgeWindow, type EditorBridge } from './editor-bridge';
import { observeHeight } from './observe-height';
import type { DraftRequest, EditorEvent, InitMessage } from './protocol';

/** What {@link useEmbedBridge} needs. */
export interface UseEmbedBridgeOptions {
  /** Run the bridge at all: true when the page is embedded (`?embed=1` and inside a frame). */
  enabled: boolean;
  /** Allowed host origins, from the server's configuration (`fetchAppConfig().allowedOrigins`). */
  parentOrigins: readonly string[];
  /** The host's `init`; hand `init.token` to the API client (memory only). */
  onInit: (init: InitMessage) => void;
  /** The host asked to save. */
  onSave: () => void;
  /** The host replaced the request (validated, token removed). */
  onSet: (request: DraftRequest) => void;
  /** An element whose height follows the content; its height is reported as `resize`. */
  heightElement?: Element | null;
  /** The window to use (tests); the global `window` by default. */
  window?: BridgeWindow;
}

/** What {@link useEmbedBridge} returns. */
export interface EmbedBridgeState {
  /** Sends an event to the host; false when it was not sent (see `EditorBridge.post`). */
  post: (event: EditorEvent) => boolean;
  /** True once the host's `init` has arrived. */
  initialized: boolean;
}

/**
 * The editor's end of the embedding protocol as a React hook: starts {@link createEditorBridge}
 * while `enabled`, calls the latest handlers, reports the height of `heightElement`, and stops on
 * unmount. The bridge is rebuilt only when `enabled` or the allow-list changes.
 */
export function useEmbedBridge(options: UseEmbedBridgeOptions): EmbedBridgeState {
  const { enabled, heightElement } = options;
  const target = options.window ?? (typeof window === 'undefined' ? undefined : window);
  const originsKey = options.parentOrigins.join(' ');
  const bridgeRef = useRef<EditorBridge | null>(null);
  const [initialized, setInitialized] = useState(false);

  const handleInit = useEffectEvent((init: InitMessage) => {
    setInitialized(true);
    options.onInit(init);
  });
  const handleSave = useEffectEvent(() => options.onSave());
  const handleSet = useEffectEvent((request: DraftRequest) => options.onSet(request));

  useEffect(() => {
    if (!enabled || !target) return undefined;
    const created = createEditorBridge({
      window: target,
      parentOrigins: originsKey.split(' ').filter(Boolean),
      onInit: (init) => handleInit(init),
      onSave: () => handleSave(),
      onSet: (request) => handleSet(request),
    });
    bridgeRef.current = created;
    return () => {
      created.destroy();
      bridgeRef.current = null;
    };
  }, [enabled, target, originsKey]);

  // Runs after the effect above (same commit, declaration order), so the bridge is current; it
  // re-runs whenever that one does, because it shares its dependencies.
  useEffect(() => {
    const bridge = bridgeRef.current;
    if (!enabled || !target || !bridge || !heightElement) return undefined;
    return observeHeight(heightElement, (height) => {
      bridge.post({ type: 'segment-editor:resize', height });
    });
  }, [enabled, target, originsKey, heightElement]);

  const post = useCallback((event: EditorEvent) => bridgeRef.current?.post(event) ?? false, []);
  return { post, initialized };
}
