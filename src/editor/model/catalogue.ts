/** A profile field of the segment's database (`databases/fields_get`): name, title, type. */
export interface CatalogueField {
  name: string;
  title: string;
  type: string;
}

/** A segment or database a picker offers: its id and name. */
export interface CatalogueItem {
  id: number;
  name: string;
}

/**
 * What the API knows and the pickers offer beside the built-in catalogue: the database's own
 * fields, the segments (for segment-membership rules) and the databases (for a new segment).
 * Every part is optional: without it the pickers offer the built-in values and take any typed in.
 */
export interface EditorCatalogue {
  fields?: readonly CatalogueField[] | undefined;
  segments?: readonly CatalogueItem[] | undefined;
  databases?: readonly CatalogueItem[] | undefined;
}
