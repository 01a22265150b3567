import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { SegmentRequest } from '../segment';
import { fromRequest, type SegmentDraft } from './model/draft';
import { DomView } from './dom-view';
import { EditorHandle } from './model/editor-handle';
import { segmentResolver, type ValidationContext } from './model/validation';

export interface UseSegmentEditorOptions {
  /** The segment to edit: a new one (`createRequest`) or one loaded or imported. */
  initialRequest: SegmentRequest;
  readOnly?: boolean;
  /**
   * The segment was loaded or created by this editor: its ID and database are locked. Default: the
   * request has an ID (an app that knows better, e.g. for a request whose ID came from outside, says so).
   */
  existing?: boolean;
}

/**
 * Creates the form (react-hook-form, the model's schema as resolver) and the editor handle over it.
 * The handle is what the app composes with: it exposes the form, undo/redo, the live snapshot for
 * the preview, `validateAll` for Save and `replace` for an import.
 */
export function useSegmentEditor({
  initialRequest,
  readOnly = false,
  existing = initialRequest.id !== undefined,
}: UseSegmentEditorOptions): EditorHandle {
  const [setup] = useState(() => {
    const { draft, extras } = fromRequest(initialRequest);
    const context: ValidationContext = { full: false, extras };
    return { draft, context };
  });
  const form = useForm<SegmentDraft, ValidationContext>({
    defaultValues: setup.draft,
    resolver: segmentResolver,
    context: setup.context,
    // The editor handle decides when to validate (a field once left, everything after Save), so
    // react-hook-form's own triggers stay off: on a field array change they would validate and
    // re-render every row.
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
  });
  const [handle] = useState(
    () => new EditorHandle(form, setup.context, readOnly, setup.draft, existing, new DomView()),
  );
  // Unsaved changes are the app's to track (against the last saved request). react-hook-form's own
  // check compares the whole form with its default values on every add, move or remove, a walk of
  // every condition; against empty defaults it ends at once. After mount: until then the field
  // arrays read their first rows from the defaults. (EditorHandle's resets keep them empty.)
  useEffect(() => form.resetDefaultValues({}, { keepDirty: true, keepIsValid: true }), [form]);
  useEffect(() => () => handle.dispose(), [handle]);
  return handle;
}
