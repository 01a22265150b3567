/*
 * The document being edited, owned by one plain TypeScript session (session.ts): opened segment,
 * baseline, server version, save status, conflict and overwrite questions, draft. Screens render
 * it through useDocument; the embedding layer subscribes to it.
 */
export { DocumentSession, type DocumentSessionOptions } from './session';
export type { DocumentApi } from './save';
export { useDocument } from './use-document';
export type {
  Conflict,
  DocumentChange,
  DocumentEditor,
  DocumentSnapshot,
  LostAnswer,
  OpenedDocument,
  OverwriteQuestion,
  SavedHow,
  SaveStatus,
} from './types';
