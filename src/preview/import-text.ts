import {
  CodecError,
  detectFormat,
  envelopeSchema,
  getSegmentResponseSchema,
  kindOf,
  listIdOf,
  parseRequest,
  parseResponse,
  readText,
  requestFromInfo,
  segmentRequestSchema,
  validationError,
  withoutToken,
  type CodecErrorCode,
  type SegmentInfo,
  type SegmentKind,
  type SegmentRequest,
  type WireFormat,
} from '../segment';

/*
 * Text pasted or dropped into the import dialog -> a request the editor can load, or the reason it
 * cannot. Nothing is half-loaded: the result is either a valid request or a failure.
 */

/** Where the text came from: an Update segment request, or a `segments/get` reply. */
export type ImportSource = 'request' | 'get-reply';

/** One way to load the text: a get reply does not say the kind, so it offers one per fitting kind. */
export interface ImportChoice {
  kind: SegmentKind;
  request: SegmentRequest;
}

export interface ImportSuccess {
  ok: true;
  source: ImportSource;
  format: WireFormat;
  /** The first is the default. A request offers exactly one. */
  choices: readonly [ImportChoice, ...ImportChoice[]];
  /** The text held an API token, which was left out: the editor never holds one. */
  tokenDropped: boolean;
}

export interface ImportFailure {
  ok: false;
  /** A codec's code, `reply-error` (a get reply with `error != 0`) or `no-database`. */
  code: CodecErrorCode | 'reply-error' | 'no-database';
  /** What is wrong, with the line or path, in English (the codec's own words). */
  message: string;
  /** `reply-error` only: the reply's code and text, for a translated message. */
  reply?: { error: number; errorText: string };
}

export type ImportResult = ImportSuccess | ImportFailure;

/** What the dialog shows before loading. */
export interface ImportSummary {
  kind: SegmentKind;
  name: string;
  id?: number;
  listId?: number;
  groups: number;
  conditions: number;
}

export function summarize(request: SegmentRequest): ImportSummary {
  const groups = request.segment ?? [];
  return {
    kind: kindOf(request),
    name: request.name,
    id: request.id,
    listId: listIdOf(request),
    groups: groups.length,
    conditions: groups.reduce((sum, group) => sum + group.queries.length, 0),
  };
}

const isReply = (raw: unknown): boolean =>
  typeof raw === 'object' &&
  raw !== null &&
  ('error' in raw || 'data' in raw || 'error_text' in raw);

/** The request to update the segment a get reply describes, as `kind`. Throws a CodecError. */
function fromGetReply(info: SegmentInfo, kind: SegmentKind): SegmentRequest {
  // The person picks the kind among those that fit the rules: it wins over the reply's flags.
  const built = requestFromInfo(info, { kind, kindOverridesReply: true });
  if (!built.ok) throw new Error('unreachable: the database was checked first');
  const result = segmentRequestSchema.safeParse(built.request);
  if (!result.success) throw validationError(result.error);
  return result.data;
}

function readGetReply(text: string, format: WireFormat): ImportResult {
  const envelope = parseResponse(text, envelopeSchema, format);
  if (envelope.error !== 0) {
    return {
      ok: false,
      code: 'reply-error',
      message: `This is an API reply reporting error ${envelope.error}: ${envelope.error_text}. It holds no segment to load.`,
      reply: { error: envelope.error, errorText: envelope.error_text },
    };
  }
  const info = parseResponse(text, getSegmentResponseSchema, format).data;
  if (listIdOf(info) === undefined) {
    return {
      ok: false,
      code: 'no-database',
      message:
        'This segments/get reply names no database (no list_id and no rule groups), so the segment cannot be rebuilt.',
    };
  }
  const hasRules = (info.segment?.length ?? 0) > 0;
  // A get reply does not carry the kind: offer the kinds that fit, the one the reply hints first.
  const kinds: SegmentKind[] = !hasRules
    ? ['static']
    : info.is_static && info.is_refresh_daily
      ? ['updatable', 'dynamic']
      : ['dynamic', 'updatable'];
  const [first, ...rest] = kinds.map((kind) => ({ kind, request: fromGetReply(info, kind) }));
  if (!first) throw new Error('unreachable: at least one kind fits');
  return { ok: true, source: 'get-reply', format, choices: [first, ...rest], tokenDropped: false };
}

/**
 * Reads pasted or dropped text: a JSON or XML Update segment request, or a `segments/get` reply in
 * either format. Never throws: a bad input gives a failure whose message names the line or path.
 */
export function importText(text: string): ImportResult {
  try {
    const format = detectFormat(text);
    // Read once without validating, only to tell a reply (with `error`/`data`) from a request.
    if (isReply(readText(text, envelopeSchema, format))) return readGetReply(text, format);
    const request = parseRequest(text, format);
    return {
      ok: true,
      source: 'request',
      format,
      choices: [{ kind: kindOf(request), request: withoutToken(request) }],
      tokenDropped: request.token !== undefined,
    };
  } catch (error) {
    if (error instanceof CodecError) return { ok: false, code: error.code, message: error.message };
    throw error;
  }
}
