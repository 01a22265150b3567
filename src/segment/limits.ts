/** Inputs larger than this are refused before parsing (5 MB). */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

/** Nesting deeper than this is refused: a request is 6 levels deep, read-back conditions a few more. */
export const MAX_DEPTH = 32;

/**
 * XML with more elements than this is refused before it is parsed: about twice the largest segment
 * the editor is measured with (100 groups of 50 conditions, about 48,000 elements).
 */
export const MAX_XML_ELEMENTS = 100_000;
