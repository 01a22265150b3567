import type * as z from 'zod/mini';

/*
 * Reading a zod schema as a plain shape, so that the codecs take field order, which elements are
 * arrays and how XML text is typed from the schema itself, never from a list written by hand.
 */

/** What a codec needs to know of a schema node. */
export type Shape =
  | { kind: 'object'; fields: ReadonlyMap<string, z.core.$ZodType> }
  | { kind: 'array'; element: z.core.$ZodType }
  | { kind: 'string' }
  | { kind: 'number' }
  | { kind: 'boolean' }
  | { kind: 'string-or-number' }
  | { kind: 'unknown' };

interface Def {
  type: string;
  innerType?: z.core.$ZodType;
  in?: z.core.$ZodType;
  getter?: () => z.core.$ZodType;
  shape?: Record<string, z.core.$ZodType>;
  element?: z.core.$ZodType;
  options?: z.core.$ZodType[];
  values?: unknown[];
}

const defOf = (schema: z.core.$ZodType): Def =>
  (schema as unknown as { _zod: { def: Def } })._zod.def;

const cache = new WeakMap<z.core.$ZodType, Shape>();

/** The shape of `schema`, looking through optional, default, pipe, lazy and readonly wrappers. */
export function shapeOf(schema: z.core.$ZodType): Shape {
  const cached = cache.get(schema);
  if (cached) return cached;
  const shape = computeShape(schema);
  cache.set(schema, shape);
  return shape;
}

function computeShape(schema: z.core.$ZodType): Shape {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return def.innerType ? shapeOf(def.innerType) : { kind: 'unknown' };
    case 'pipe':
      return def.in ? shapeOf(def.in) : { kind: 'unknown' };
    case 'lazy':
      return def.getter ? shapeOf(def.getter()) : { kind: 'unknown' };
    case 'object':
      return { kind: 'object', fields: new Map(Object.entries(def.shape ?? {})) };
    case 'array':
      return def.element ? { kind: 'array', element: def.element } : { kind: 'unknown' };
    case 'literal': {
      const values = def.values ?? [];
      if (values.length > 0 && values.every((v) => typeof v === 'number'))
        return { kind: 'number' };
      if (values.length > 0 && values.every((v) => typeof v === 'boolean'))
        return { kind: 'boolean' };
      return { kind: 'string' };
    }
    case 'string':
    case 'enum':
      return { kind: 'string' };
    case 'number':
    case 'int':
      return { kind: 'number' };
    case 'boolean':
      return { kind: 'boolean' };
    case 'union': {
      const kinds = new Set((def.options ?? []).map((o) => shapeOf(o).kind));
      if (kinds.size === 2 && kinds.has('string') && kinds.has('number')) {
        return { kind: 'string-or-number' };
      }
      return { kind: 'unknown' };
    }
    default:
      return { kind: 'unknown' };
  }
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A copy of `value` with object keys in the schema's order (unknown keys after, as they came) and
 * `undefined` fields dropped. Values of the wrong type are left as they are.
 */
export function orderLike(value: unknown, schema: z.core.$ZodType | undefined): unknown {
  const shape = schema ? shapeOf(schema) : ({ kind: 'unknown' } as const);
  if (Array.isArray(value)) {
    const element = shape.kind === 'array' ? shape.element : undefined;
    return value.map((item) => orderLike(item, element));
  }
  if (!isPlainObject(value)) return value;
  const fields = shape.kind === 'object' ? shape.fields : new Map<string, z.core.$ZodType>();
  const out: Record<string, unknown> = {};
  for (const [key, fieldSchema] of fields) {
    if (key in value && value[key] !== undefined) out[key] = orderLike(value[key], fieldSchema);
  }
  for (const [key, field] of Object.entries(value)) {
    if (!fields.has(key) && field !== undefined) out[key] = orderLike(field, undefined);
  }
  return out;
}

export { isPlainObject };
