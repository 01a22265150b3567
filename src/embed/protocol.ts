import * as z from 'zod/mini';
import {
  issuesFromZod,
  messageLocales,
  refuseReservedKeys,
  responseFormats,
  segmentRequestSchema,
  withoutToken,
  type SegmentRequest,
} from '../segment';

/*
 * The postMessage protocol between the embedded editor and its host page (DESIGN.md, "Embedding").
 * Every message is `{ v: 1, type: 'segment-editor:<event>', ... }` and is validated by the zod
 * discriminated unions below in both directions. The host helper (`host.ts`) mirrors the
 * editor-to-host half with small hand-written guards so that it stays free of zod.
 */

/** The protocol version every message carries as `v`. Bump it on an incompatible change. */
export const PROTOCOL_VERSION = 1;

/** The prefix of every message type. */
export const MESSAGE_PREFIX = 'segment-editor:';

/** The themes a host may ask for (`auto` follows the system). */
export const embedThemes = ['light', 'dark', 'auto'] as const;
export type EmbedTheme = (typeof embedThemes)[number];

/** A request as the editor reports it: possibly an invalid draft, never carrying the token. */
export type DraftRequest = Omit<SegmentRequest, 'token'>;

const version = z.literal(PROTOCOL_VERSION);

/** A valid request from the host; a token inside it is dropped (the token travels in `init` only). */
const hostRequestSchema = z.pipe(
  segmentRequestSchema,
  z.transform((request: SegmentRequest): DraftRequest => withoutToken(request)),
);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const draftRequestSchema = z.custom<DraftRequest>(
  (value) => isObject(value) && !('token' in value),
  { error: 'request must be a set of fields without a token' },
);

/** An API base: a path on the editor's origin (`/api/v1.1`) or an absolute http(s) URL. */
const apiBaseSchema = z.string().check(
  z.refine((value) => /^\/(?!\/)/.test(value) || /^https?:\/\//i.test(value), {
    error: 'apiBase must be a path starting with "/" or an http(s) URL',
  }),
);

// ---- editor -> host ------------------------------------------------------------------------

export const readyMessageSchema = z.object({ v: version, type: z.literal('segment-editor:ready') });

export const changeMessageSchema = z.object({
  v: version,
  type: z.literal('segment-editor:change'),
  request: draftRequestSchema,
  valid: z.boolean(),
  dirty: z.boolean(),
});

export const savedMessageSchema = z.object({
  v: version,
  type: z.literal('segment-editor:saved'),
  savedId: z.number().check(z.int(), z.positive()),
});

export const errorMessageSchema = z.object({
  v: version,
  type: z.literal('segment-editor:error'),
  message: z.string(),
  code: z.optional(z.union([z.string(), z.number()])),
});

export const resizeMessageSchema = z.object({
  v: version,
  type: z.literal('segment-editor:resize'),
  height: z.number().check(z.int(), z.nonnegative()),
});

/** Every message the editor sends to its host. */
export const editorMessageSchema = z.discriminatedUnion('type', [
  readyMessageSchema,
  changeMessageSchema,
  savedMessageSchema,
  errorMessageSchema,
  resizeMessageSchema,
]);
export type EditorMessage = z.infer<typeof editorMessageSchema>;

// ---- host -> editor ------------------------------------------------------------------------

export const initMessageSchema = z
  .object({
    v: version,
    type: z.literal('segment-editor:init'),
    token: z.optional(z.string().check(z.minLength(1))),
    /** An editor session minted by the portal's server (EDITOR_SESSION_SECRET); memory only. */
    session: z.optional(z.string().check(z.minLength(1), z.maxLength(2048))),
    apiBase: z.optional(apiBaseSchema),
    segmentId: z.optional(z.number().check(z.int(), z.positive())),
    request: z.optional(hostRequestSchema),
    format: z.optional(z.enum(responseFormats)),
    lang: z.optional(z.enum(messageLocales)),
    theme: z.optional(z.enum(embedThemes)),
    readonly: z.optional(z.boolean()),
  })
  .check(
    z.refine((init) => init.segmentId === undefined || init.request === undefined, {
      error: 'send either segmentId or request, not both',
      path: ['request'],
    }),
  );

export const saveMessageSchema = z.object({ v: version, type: z.literal('segment-editor:save') });

export const setMessageSchema = z.object({
  v: version,
  type: z.literal('segment-editor:set'),
  request: hostRequestSchema,
});

/** Every message a host sends to the editor. */
export const hostMessageSchema = z.discriminatedUnion('type', [
  initMessageSchema,
  saveMessageSchema,
  setMessageSchema,
]);
export type HostMessage = z.infer<typeof hostMessageSchema>;
export type InitMessage = z.infer<typeof initMessageSchema>;

/** A message without its version field: what code passes to `post`, the bridge adds `v`. */
export type Unversioned<T> = T extends { v: number } ? Omit<T, 'v'> : never;
export type EditorEvent = Unversioned<EditorMessage>;

/**
 * The `code` of an `error` the editor sends about its segment (beside Altcraft's own codes):
 * - `invalid`: Save refused, the request has problems (shown at their fields);
 * - `needs-confirmation`: Save would change a segment this editor did not load or create (its ID
 *   came from `init`'s or `set`'s request, an import or typing), or one that does not exist: nothing
 *   was sent; the editor asks the person (Overwrite segment N, Save as new segment, Cancel);
 * - `conflict`: the segment changed on the server since it was loaded: nothing was sent; the
 *   editor asks the person (Overwrite, Reload, Cancel);
 * - `not-created`: an add failed and the editor found that nothing was created (Retry is safe);
 * - `save-failed`: any other failed save; `load-failed`: the segment could not be loaded.
 */
export const segmentErrorCodes = [
  'invalid',
  'needs-confirmation',
  'conflict',
  'not-created',
  'save-failed',
  'load-failed',
] as const;
export type SegmentErrorCode = (typeof segmentErrorCodes)[number];

/** Why a host message was refused; sent back as the `code` of an `error` message. */
export type ProtocolErrorCode =
  'invalid-message' | 'unsupported-version' | 'not-initialized' | 'failed';

export type ParsedHostMessage =
  { ok: true; message: HostMessage } | { ok: false; code: ProtocolErrorCode; message: string };

const hostTypes = new Set<string>(
  hostMessageSchema.def.options.flatMap((option) => [...option.shape.type.def.values]),
);

/**
 * Validates a host message. Never throws: a refusal carries a code and a message naming the type,
 * the path and the problem, ready to be sent back as `segment-editor:error`.
 */
export function parseHostMessage(data: unknown): ParsedHostMessage {
  if (!isObject(data) || typeof data.type !== 'string') {
    return {
      ok: false,
      code: 'invalid-message',
      message: 'A message must be an object with a "type".',
    };
  }
  const type = data.type;
  if (data.v !== PROTOCOL_VERSION) {
    return {
      ok: false,
      code: 'unsupported-version',
      message: `${type}: protocol version ${JSON.stringify(data.v)} is not supported; this editor speaks version ${PROTOCOL_VERSION}.`,
    };
  }
  if (!hostTypes.has(type)) {
    return {
      ok: false,
      code: 'invalid-message',
      message: `Unknown message type "${type}"; expected one of ${[...hostTypes].join(', ')}.`,
    };
  }
  // A `__proto__` key would vanish silently in validation: refuse it by name instead.
  try {
    refuseReservedKeys(data.request, ['request']);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, code: 'invalid-message', message: `${type}: ${message}` };
  }
  const result = hostMessageSchema.safeParse(data);
  if (result.success) return { ok: true, message: result.data };
  const issues = issuesFromZod(result.error).slice(0, 3);
  return {
    ok: false,
    code: 'invalid-message',
    message: `${type}: ${issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`,
  };
}

/** Validates a message the editor is about to send (guards the editor's own code). */
export function parseEditorMessage(data: unknown): EditorMessage | null {
  const result = editorMessageSchema.safeParse(data);
  return result.success ? result.data : null;
}
