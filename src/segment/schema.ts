import * as z from 'zod/mini';
import { fieldLabel, msg, type FieldLabelKey } from './messages';
import { listIdOf } from './request-fields';

// Classic zod registers its English messages when a schema is first made; zod/mini (kept for its
// size) registers none. Issues of schemas without their own message (API replies, the embed
// protocol) reach people, so they keep classic's English words rather than a bare "Invalid input".
if (!z.config().localeError) z.config(z.locales.en());

/*
 * The single definition of an Altcraft "Update segment" request (altcraft-api.md sections 2, 3, 5).
 * Types are inferred from these schemas; the form, the codecs, the sandbox and the preview use them.
 * The key order of each object is the order in which the codecs write fields (the seed's XML order).
 */

const typeError =
  (
    field: FieldLabelKey,
    expected: 'notText' | 'notNumber' | 'notBoolean' | 'notList' | 'notObject',
  ) =>
  (issue: { input?: unknown }) =>
    issue.input === undefined
      ? msg('required', { field: fieldLabel(field) })
      : msg(expected, { field: fieldLabel(field) });

/**
 * Characters XML 1.0 cannot carry, even escaped: C0 controls other than tab, LF and CR, U+FFFE,
 * U+FFFF and unpaired surrogates. Refused everywhere (issue 12, finding 7), so that nothing stored or
 * sent is XML that is not well-formed.
 */
const xmlUnsafe =
  // eslint-disable-next-line no-control-regex -- the control characters are what this finds
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first character of `text` that XML cannot carry, as `U+001B`; undefined when none. */
export function xmlUnsafeChar(text: string): string | undefined {
  const found = xmlUnsafe.exec(text)?.[0];
  return found === undefined
    ? undefined
    : `U+${found.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

const xmlSafe = (field: FieldLabelKey) =>
  z.superRefine((value: string, ctx) => {
    const char = xmlUnsafeChar(value);
    if (char)
      ctx.addIssue({ code: 'custom', message: msg('xmlChar', { field: fieldLabel(field), char }) });
  });

const text = (field: FieldLabelKey) =>
  z.string({ error: typeError(field, 'notText') }).check(xmlSafe(field));

/** A non-empty string; spaces are kept as typed (the request must round-trip exactly). */
const requiredText = (field: FieldLabelKey) =>
  text(field).check(
    z.minLength(1, { error: () => msg('empty', { field: fieldLabel(field).toLowerCase() }) }),
  );

const integer = (field: FieldLabelKey) =>
  z
    .number({ error: typeError(field, 'notNumber') })
    .check(z.int({ error: () => msg('notInteger', { field: fieldLabel(field) }) }));

const positiveId = (field: FieldLabelKey) =>
  integer(field).check(
    z.minimum(1, { error: () => msg('positive', { field: fieldLabel(field) }) }),
  );

const percent = (field: FieldLabelKey) =>
  integer(field).check(
    z.minimum(0, { error: () => msg('percentRange', { field: fieldLabel(field) }) }),
    z.maximum(100, { error: () => msg('percentRange', { field: fieldLabel(field) }) }),
  );

const bool = (field: FieldLabelKey) => z.boolean({ error: typeError(field, 'notBoolean') });

/** `and`: every condition must match; `or`: any one may. */
export const groupConditions = ['and', 'or'] as const;
export type GroupCondition = (typeof groupConditions)[number];

/** One parameter of a rule: `{ "name": "segment_id", "value": 1 }`. */
export const valuePairSchema = z.object(
  {
    name: z.string({ error: () => msg('pairName') }).check(xmlSafe('value')),
    value: z.union([z.string().check(xmlSafe('value')), z.number()], {
      error: () => msg('pairValue'),
    }),
  },
  { error: typeError('value', 'notObject') },
);
export type ValuePair = z.infer<typeof valuePairSchema>;

/**
 * A condition (an item of `queries`). Keys the editor does not know (`object_path`, vendor
 * extensions, ...) are kept verbatim: the schema is loose. `child`, `condition`, `object_path` and
 * `object_type` appear in `segments/get` replies and are typed so that XML reads them right.
 */
const queryFields = {
  compo: requiredText('compo'),
  name: requiredText('queryName'),
  operator: requiredText('operator'),
  type: requiredText('type'),
  value: z.array(valuePairSchema, { error: typeError('value', 'notList') }),
  condition: z.optional(z.string()),
  object_path: z.optional(z.string()),
  object_type: z.optional(z.string()),
  child: z.optional(z.array(z.looseObject({}))),
};

/** The fields whose own schema already refuses unsendable characters. */
const checkedQueryFields = new Set(['compo', 'name', 'operator', 'type', 'value']);

export const querySchema = z
  .looseObject(queryFields, {
    error: typeError('queries', 'notObject'),
  })
  .check(
    // The other keys (read-back keys, unknown ones kept verbatim) must hold sendable text too.
    z.superRefine((query, ctx) => {
      const visit = (value: unknown, path: PropertyKey[]): void => {
        if (typeof value === 'string') {
          const char = xmlUnsafeChar(value);
          const field = String(path[0]);
          if (char)
            ctx.addIssue({ code: 'custom', path, message: msg('xmlChar', { field, char }) });
        } else if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, i]));
        else if (typeof value === 'object' && value !== null)
          for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
      };
      for (const [key, value] of Object.entries(query))
        if (!checkedQueryFields.has(key)) visit(value, [key]);
    }),
  );
export type Query = z.infer<typeof querySchema>;

/** A rule group (an item of `segment`). */
export const groupSchema = z
  .object(
    {
      list_id: positiveId('list_id'),
      condition: z.enum(groupConditions, { error: () => msg('condition') }),
      limit: integer('limit').check(
        z.minimum(0, { error: () => msg('nonNegative', { field: fieldLabel('limit') }) }),
      ),
      percent_from: percent('percent_from'),
      percent_to: percent('percent_to'),
      queries: z
        .array(querySchema, { error: typeError('queries', 'notList') })
        .check(z.minLength(1, { error: () => msg('queriesRequired') })),
    },
    { error: typeError('segment', 'notObject') },
  )
  .check(
    z.superRefine((group, ctx) => {
      if (group.percent_from >= group.percent_to) {
        ctx.addIssue({
          code: 'custom',
          path: ['percent_to'],
          message: msg('percentOrder', { from: group.percent_from, to: group.percent_to }),
        });
      }
    }),
  );
export type Group = z.infer<typeof groupSchema>;

export const responseFormats = ['json', 'xml'] as const;
export type WireFormat = (typeof responseFormats)[number];

/** The three kinds of segment (altcraft-api.md section 2). */
export const segmentKinds = ['static', 'dynamic', 'updatable'] as const;
export type SegmentKind = (typeof segmentKinds)[number];

/** The body of `segments/update` (and, without `id`, of `segments/add`). */
export const segmentRequestSchema = z
  .object(
    {
      token: z.optional(z.string({ error: typeError('token', 'notText') })),
      format: z.optional(z.enum(responseFormats, { error: () => msg('format') })),
      id: z.optional(positiveId('id')),
      list_id: z.optional(positiveId('list_id')),
      name: requiredText('name'),
      is_static: bool('is_static'),
      is_refresh_daily: z.optional(bool('is_refresh_daily')),
      segment: z.optional(z.array(groupSchema, { error: typeError('segment', 'notList') })),
    },
    { error: () => msg('notObject', { field: 'Request' }) },
  )
  .check(
    z.superRefine((request, ctx) => {
      const kind = kindOf(request);
      if (kind === 'static') {
        if (request.list_id === undefined) {
          ctx.addIssue({ code: 'custom', path: ['list_id'], message: msg('staticNeedsList') });
        }
        if (request.segment !== undefined) {
          ctx.addIssue({ code: 'custom', path: ['segment'], message: msg('staticHasRules') });
        }
        return;
      }
      if (!request.is_static && request.is_refresh_daily === true) {
        ctx.addIssue({
          code: 'custom',
          path: ['is_refresh_daily'],
          message: msg('dynamicRefresh'),
        });
      }
      if (!request.segment || request.segment.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['segment'],
          message: msg('rulesRequired', { kind: fieldLabel(`kind_${kind}`) }),
        });
        return;
      }
      const expected = listIdOf(request);
      request.segment.forEach((group, index) => {
        if (group.list_id !== expected) {
          ctx.addIssue({
            code: 'custom',
            path: ['segment', index, 'list_id'],
            message:
              request.list_id === undefined
                ? msg('groupsDiffer')
                : msg('groupOtherList', { group: group.list_id, segment: request.list_id }),
          });
        }
      });
    }),
  );
export type SegmentRequest = z.infer<typeof segmentRequestSchema>;

/** The kind a request describes, from `is_static` / `is_refresh_daily` (altcraft-api.md section 2). */
export function kindOf(
  request: Pick<SegmentRequest, 'is_static' | 'is_refresh_daily'>,
): SegmentKind {
  if (!request.is_static) return 'dynamic';
  return request.is_refresh_daily ? 'updatable' : 'static';
}

/** The flags a kind is sent with. Dynamic segments do not send `is_refresh_daily`. */
export function kindFlags(
  kind: SegmentKind,
): Pick<SegmentRequest, 'is_static' | 'is_refresh_daily'> {
  switch (kind) {
    case 'static':
      return { is_static: true, is_refresh_daily: false };
    case 'updatable':
      return { is_static: true, is_refresh_daily: true };
    case 'dynamic':
      return { is_static: false };
  }
}

// ---------------------------------------------------------------------------------------------
// Responses (altcraft-api.md sections 1, 3, 4). Every reply has `error` and `error_text`.

/** The envelope every Altcraft reply shares; `data` is absent or anything when `error != 0`. */
export const envelopeSchema = z.looseObject({
  error: z.number().check(z.int()),
  error_text: z.string(),
  data: z.optional(z.unknown()),
});
export type Envelope = z.infer<typeof envelopeSchema>;

const success = <T extends z.ZodMiniType>(data: T) =>
  z.looseObject({ error: z.literal(0), error_text: z.string(), data });

/** `segments/update` and `segments/add`. */
export const savedResponseSchema = success(z.looseObject({ saved_id: z.number().check(z.int()) }));
export type SavedResponse = z.infer<typeof savedResponseSchema>;

/** `segments/get`: the segment with its rules in the shape update accepts. */
export const segmentInfoSchema = z.looseObject({
  id: z.number().check(z.int()),
  name: z.string(),
  count: z.optional(z.number()),
  description: z.optional(z.string()),
  list_id: z.optional(z.number().check(z.int())),
  is_static: z.optional(z.boolean()),
  is_refresh_daily: z.optional(z.boolean()),
  segment: z.optional(z.array(groupSchema)),
});
export type SegmentInfo = z.infer<typeof segmentInfoSchema>;
export const getSegmentResponseSchema = success(segmentInfoSchema);

/** `segments/list`: paging fields stand beside `data`. */
export const segmentListItemSchema = z.looseObject({
  id: z.number().check(z.int()),
  name: z.string(),
  count: z.optional(z.number()),
});
export const segmentListResponseSchema = z.extend(success(z.array(segmentListItemSchema)), {
  next_from_id: z.optional(z.number().check(z.int())),
  total_count: z.optional(z.number().check(z.int())),
});
export type SegmentListResponse = z.infer<typeof segmentListResponseSchema>;

export const databaseSchema = z.looseObject({
  id: z.number().check(z.int()),
  name: z.string(),
  description: z.optional(z.string()),
  ui_tags: z.optional(z.array(z.string())),
});
export type Database = z.infer<typeof databaseSchema>;
export const databaseListResponseSchema = z.extend(success(z.array(databaseSchema)), {
  next_from_id: z.optional(z.number().check(z.int())),
  total_count: z.optional(z.number().check(z.int())),
});
export const databaseGetResponseSchema = success(databaseSchema);

/** `databases/fields_get` (undocumented; the project's decision in altcraft-api.md section 4). */
export const databaseFieldSchema = z.looseObject({
  name: z.string(),
  title: z.string(),
  type: z.string(),
});
export type DatabaseField = z.infer<typeof databaseFieldSchema>;
export const fieldsResponseSchema = success(z.array(databaseFieldSchema));
