import type * as z from 'zod/mini';
import { CodecError } from './errors';

/*
 * The browser's XML reader (vite.config.ts puts this module in place of xml-reader.ts). The reader
 * and fast-xml-parser are a separate chunk, loaded by loadXmlCodec(): most sessions never read XML
 * (the preview only writes it), so the page does not download the library up front.
 */

type Reader = (text: string, schema: z.core.$ZodType) => unknown;

let reader: Reader | undefined;
let loading: Promise<void> | undefined;

/** Reads XML once {@link loadXmlCodec} has finished; before that it refuses with `unavailable`. */
export function readXml(text: string, schema: z.core.$ZodType): unknown {
  if (!reader) throw new CodecError('unavailable', 'XML reading is still loading: try again in a moment.');
  return reader(text, schema);
}

/** Loads the XML reader (once; a failed download is tried again on the next call). */
export function loadXmlCodec(): Promise<void> {
  loading ??= import('./xml').then(
    (module) => {
      reader = module.readXml;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
