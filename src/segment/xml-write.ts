import type { z } from 'zod';
import { isPlainObject, shapeOf } from './shape';

/*
 * The writing half of Altcraft's XML dialect (see xml.ts): root `<xml>`, no declaration, two-space
 * indentation, every array item marked `array=""`, text escaped, fields in the schema's order.
 * Written by hand rather than with fast-xml-parser's builder: it is a few lines, several times
 * faster (the live preview writes thousands of conditions after each pause in typing), and it
 * keeps the XML library out of the page until something has to read XML.
 */

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const special = /[&<>"']/g;
const hasSpecial = /[&<>"']/;
const escapeText = (text: string): string => (hasSpecial.test(text) ? text.replace(special, (c) => escapes[c] ?? c) : text);

function scalarText(value: unknown): string {
  if (typeof value === 'string') return escapeText(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return typeof value === 'number' || typeof value === 'bigint' ? String(value) : '';
}

/** The schema of an array's items, when `schema` is an array's. */
function itemSchema(schema: z.ZodType | undefined): z.ZodType | undefined {
  const shape = schema ? shapeOf(schema) : undefined;
  return shape?.kind === 'array' ? shape.element : undefined;
}

/** One element and its lines (`marker` is ` array=""` for an array item). */
function element(name: string, value: unknown, schema: z.ZodType | undefined, indent: string, marker: string): string {
  if (Array.isArray(value)) return `${indent}<${name}${marker}>\n${items(name, value, itemSchema(schema), `${indent}  `)}${indent}</${name}>\n`;
  if (!isPlainObject(value)) return `${indent}<${name}${marker}>${scalarText(value)}</${name}>\n`;
  const inner = children(value, schema, `${indent}  `);
  return inner === '' ? `${indent}<${name}${marker}></${name}>\n` : `${indent}<${name}${marker}>\n${inner}${indent}</${name}>\n`;
}

/** The items of an array, each an element of the array's name; an empty array is one empty item. */
function items(name: string, list: readonly unknown[], schema: z.ZodType | undefined, indent: string): string {
  if (list.length === 0) return `${indent}<${name} array=""></${name}>\n`;
  let out = '';
  // An array inside an array has no form of its own in the dialect: its items nest, same name.
  for (const item of list) out += element(name, item, schema, indent, ' array=""');
  return out;
}

function field(key: string, value: unknown, schema: z.ZodType | undefined, indent: string): string {
  if (value === undefined || value === null) return '';
  return Array.isArray(value) ? items(key, value, itemSchema(schema), indent) : element(key, value, schema, indent, '');
}

/** An object's fields in the schema's order, then the keys the schema does not know, as they came. */
function children(value: Record<string, unknown>, schema: z.ZodType | undefined, indent: string): string {
  const shape = schema ? shapeOf(schema) : undefined;
  const fields = shape?.kind === 'object' ? shape.fields : undefined;
  let out = '';
  if (fields) for (const [key, fieldSchema] of fields) if (key in value) out += field(key, value[key], fieldSchema, indent);
  for (const key in value) if (!fields?.has(key)) out += field(key, value[key], undefined, indent);
  return out;
}

/** Writes `value` in the seed's XML form, fields in `schema`'s order (unknown keys after). */
export function writeXml(value: unknown, schema: z.ZodType): string {
  const inner = isPlainObject(value) ? children(value, schema, '  ') : '';
  return inner === '' ? '<xml></xml>\n' : `<xml>\n${inner}</xml>\n`;
}
