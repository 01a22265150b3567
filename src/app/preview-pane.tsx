import { useDeferredValue, useMemo, useSyncExternalStore } from 'react';
import type { EditorHandle } from '../editor';
import { RequestPreview, SegmentSummary } from '../preview';
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
  // The plain-language summary sits above the code; the code gives up its collapsed height (~100 px).
  return (
    <>
      <SegmentSummary request={snapshot.request} />
      <RequestPreview request={snapshot.request} issues={issues} format={format} onFormatChange={onFormatChange} listHeight={Math.max(200, height - 100)} />
    </>
  );
}
