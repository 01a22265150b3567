/**
 * The editor's side of embedding (DESIGN.md, "Embedding"): the versioned postMessage protocol,
 * the bridge with its origin checks and READY handshake, the height reporter and the React hook.
 * The host page's side is `host.ts`, built separately to `dist/embed.js`.
 */
export * from './protocol';
export {
  createEditorBridge,
  type BridgeWindow,
  type EditorBridge,
  type EditorBridgeOptions,
  type ParentWindow,
} from './editor-bridge';
export { observeHeight, type ResizeObserverConstructor } from './observe-height';
export { normalizeOrigin, normalizeOrigins } from './origins';
export { isEmbedded } from './is-embedded';
export {
  useEmbedBridge,
  type EmbedBridgeState,
  type UseEmbedBridgeOptions,
} from './use-embed-bridge';
