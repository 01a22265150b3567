import type * as z from 'zod/mini';
import { CodecError } from './errors';

/*
 * The browser's XML reader and writer (vite.config.ts puts this module in place of xml-loader.ts).
 * Each is a chunk of its own with its part of fast-xml-parser, loaded on demand: most sessions
 * never read XML, and only the preview (itself loaded beside the page) or an XML request body
 * writes it, so the page does not download either up front.
 */

type Reader = (text: string, schema: z.core.$ZodType) => unknown;
type Writer = (value: unknown, schema: z.core.$ZodType) => string;

let reader: Reader | undefined;
let writer: Writer | undefined;
let loadingReader: Promise<void> | undefined;
let loadingWriter: Promise<void> | undefined;

/** Reads XML once {@link loadXmlCodec} has finished; before that it refuses with `unavailable`. */
export function readXml(text: string, schema: z.core.$ZodType): unknown {
  if (!reader)
    throw new CodecError('unavailable', 'XML reading is still loading: try again in a moment.');
  return reader(text, schema);
}

/** Writes XML once {@link loadXmlWriter} has finished; before that it refuses with `unavailable`. */
export function writeXml(value: unknown, schema: z.core.$ZodType): string {
  if (!writer)
    throw new CodecError('unavailable', 'XML writing is still loading: try again in a moment.');
  return writer(value, schema);
}

/** Runs `load` once; a failed download is tried again on the next call. */
function once(
  current: Promise<void> | undefined,
  load: () => Promise<void>,
  forget: () => void,
): Promise<void> {
  return (
    current ??
    load().catch((error: unknown) => {
      forget();
      throw error;
    })
  );
}

/** Loads the XML writer (once). */
export function loadXmlWriter(): Promise<void> {
  loadingWriter = once(
    loadingWriter,
    () => import('./xml-write').then((module) => void (writer = module.writeXml)),
    () => (loadingWriter = undefined),
  );
  return loadingWriter;
}

/** Loads the XML reader and writer (once). */
export function loadXmlCodec(): Promise<void> {
  loadingReader = once(
    loadingReader,
    () =>
      Promise.all([import('./xml'), loadXmlWriter()]).then(
        ([module]) => void (reader = module.readXml),
      ),
    () => (loadingReader = undefined),
  );
  return loadingReader;
}
