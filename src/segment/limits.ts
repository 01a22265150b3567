/** Inputs larger than this are refused before parsing (5 MB). */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

/** Nesting deeper than this is refused: a request is 6 levels deep, read-back conditions a few more. */
export const MAX_DEPTH = 32;
