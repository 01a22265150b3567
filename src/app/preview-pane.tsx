import { useDeferredValue, useMemo, useSyncExternalStore } from 'react';
import type { EditorHandle } from '../editor';
import { RequestPreview } from '../preview';
import type { WireFormat } from '../segment';

export interface PreviewPaneProps {
  editor: EditorHandle;
  format: WireFormat;
  onFormatChange: (format: WireFormat) => void;
  height: number;
}

/**
 * The live preview, subscribed to the editor's snapshot (recomputed after a pause in typing, never
 * inside the rows) and rendered at a lower priority than typing (useDeferredValue).
 */
export function PreviewPane({ editor, format, onFormatChange, height }: PreviewPaneProps) {
  const snapshot = useDeferredValue(useSyncExternalStore(editor.subscribeSnapshot, editor.getSnapshot));
  const issues = useMemo(() => snapshot.issues.map(({ path, message }) => ({ path, message })), [snapshot]);
  return <RequestPreview request={snapshot.request} issues={issues} format={format} onFormatChange={onFormatChange} listHeight={height} />;
}
