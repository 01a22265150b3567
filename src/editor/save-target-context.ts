import { createContext, useContext } from 'react';

/**
 * What Save will do with the form's segment ID, for the words at the ID field (DESIGN.md principle
 * 7). The app supplies it: the editor knows neither which segment was loaded nor the API.
 */
export interface SaveTarget {
  /** The segment this editor loaded or created: Save updates it without a question. */
  ownId: number | undefined;
  /** Its name on the server, as last loaded or saved. */
  ownName: string | undefined;
  /**
   * A hook (always the same function): the name of segment `id` on the server, `null` when there
   * is no such segment, undefined while unknown or when `id` is undefined.
   */
  useSegmentName: (id: number | undefined) => string | null | undefined;
}

const unknownName = (): undefined => undefined;

export const SaveTargetContext = createContext<SaveTarget>({
  ownId: undefined,
  ownName: undefined,
  useSegmentName: unknownName,
});

/** The save target given to the nearest SegmentEditor. */
export function useSaveTarget(): SaveTarget {
  return useContext(SaveTargetContext);
}
