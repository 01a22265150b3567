import { createContext, useContext } from 'react';

import type { EditorCatalogue } from './model/catalogue';

export type { CatalogueField, CatalogueItem, EditorCatalogue } from './model/catalogue';

export const CatalogueContext = createContext<EditorCatalogue>({});

/** The catalogue given to the nearest SegmentEditor. */
export function useCatalogue(): EditorCatalogue {
  return useContext(CatalogueContext);
}
