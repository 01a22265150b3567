import { useDeferredValue, useMemo, useSyncExternalStore } from 'react';
import type { EditorHandle } from '../editor';
import { RequestPreview, SegmentSummary } from '../preview';
import type { SummaryNames, WireFormat } from '../segment';
import { RequestTools } from './request-tools';

export interface PreviewContentProps {
  editor: EditorHandle;
  format: WireFormat;
  onFormatChange: (format: WireFormat) => void;
  height: number;
  /** Where requests go, for the cURL command. */
  apiBase: string;
}

/**
 * The live preview and its tools (source, cURL), subscribed to the editor's snapshot (recomputed
 * after a pause in typing, never inside the rows) and rendered at a lower priority than typing
 * (useDeferredValue).
 */
export function PreviewContent({
  editor,
  format,
  onFormatChange,
  height,
  apiBase,
}: PreviewContentProps) {
  const snapshot = useDeferredValue(
    useSyncExternalStore(editor.subscribeSnapshot, editor.getSnapshot),
  );
  // What the builder's pickers know: fields by title and databases by name.
  const catalogue = useSyncExternalStore(editor.subscribeCatalogue, editor.getCatalogue);
  const names = useMemo<SummaryNames>(
    () => ({
      fieldTitle: (name) => catalogue.fields?.find((field) => field.name === name)?.title,
      databaseName: (id) => catalogue.databases?.find((database) => database.id === id)?.name,
    }),
    [catalogue.fields, catalogue.databases],
  );
  const issues = useMemo(
    () => snapshot.issues.map(({ path, message }) => ({ path, message })),
    [snapshot],
  );
  // The plain-language summary sits above the code; the code gives up its collapsed height (~100 px).
  // Memoized: the urgent render after each new snapshot (still showing the old one) then costs nothing.
  return useMemo(
    () => (
      <>
        <SegmentSummary request={snapshot.request} names={names} />
        <RequestPreview
          request={snapshot.request}
          issues={issues}
          format={format}
          onFormatChange={onFormatChange}
          listHeight={Math.max(200, height - 100)}
        />
        <RequestTools editor={editor} format={format} apiBase={apiBase} />
      </>
    ),
    [snapshot, names, issues, format, onFormatChange, height, editor, apiBase],
  );
}
