import { useSyncExternalStore } from 'react';
import type { DocumentSession } from './session';
import type { DocumentSnapshot } from './types';

/** The session's state, re-rendering the caller when it changes. */
export function useDocument(session: DocumentSession): DocumentSnapshot {
  return useSyncExternalStore(session.subscribe, session.getSnapshot);
}
