import { XMLBuilder } from 'fast-xml-parser';
import type * as z from 'zod/mini';
import { isPlainObject, orderLike } from './shape';

/*
 * The writing half of Altcraft's XML dialect (see xml.ts for the reading half): root `<xml>`, no
 * declaration, two-space indentation, every array item marked `array=""`, fields in the schema's
 * order. fast-xml-parser's builder writes the text and escapes it (`&`, `<`, `>`, quotes); nothing
 * here concatenates XML. The browser loads this module, and the builder with it, on demand
 * (xml-loader.browser.ts); the parser is a chunk of its own.
 */

const ATTR = '@_';

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: ATTR,
  format: true,
  indentBy: '  ',
  suppressEmptyNode: false,
  suppressBooleanAttributes: false,
  processEntities: true,
});

/** Turns plain values into the builder's tree: arrays marked item by item, scalars as text. */
function toXmlTree(value: unknown): unknown {
  if (Array.isArray(value)) {
    // An empty array is written as one empty marked element, which the reader reads back as [].
    if (value.length === 0) return [{ [`${ATTR}array`]: '' }];
    return value.map((item) => {
      const node = toXmlTree(item);
      return isPlainObject(node)
        ? { [`${ATTR}array`]: '', ...node }
        : { [`${ATTR}array`]: '', '#text': node };
    });
  }
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) {
      if (field !== undefined && field !== null) out[key] = toXmlTree(field);
    }
    return out;
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return value;
}

/** Writes `value` in the seed's XML form, fields in `schema`'s order. */
export function writeXml(value: unknown, schema: z.core.$ZodType): string {
  const body: string = builder.build({ xml: toXmlTree(orderLike(value, schema)) });
  return body.trimEnd() + '\n';
}
