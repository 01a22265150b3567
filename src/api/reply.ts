import type * as z from 'zod/mini';
import {
  CodecError,
  envelopeSchema,
  parseResponse,
  readText,
  validateValue,
  type Envelope,
} from '../segment';
import { ApiError, redact } from './errors';

/** An HTTP answer as read off the wire. */
export interface RawReply {
  status: number;
  contentType: string;
  text: string;
}

/** What the messages of a failed call may mention (never the token itself). */
export interface ReplyContext {
  apiBase: string;
  /** Masked wherever a server's text is quoted. */
  token: string | undefined;
}

const looksLikeHtml = (reply: RawReply): boolean =>
  /^\s*text\/html\b/i.test(reply.contentType) ||
  /^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(
    reply.text.replace(/^\uFEFF/, ''),
  );

function tryEnvelope(text: string): Envelope | undefined {
  try {
    return parseResponse(text, envelopeSchema);
  } catch {
    return undefined;
  }
}

const detailOf = (error: unknown): string =>
  error instanceof CodecError ? error.message.replace(/\.$/, '') : 'unreadable answer';

/**
 * Turns an HTTP answer into the data `schema` describes, or throws the {@link ApiError} that says
 * what went wrong: an HTML page (`http` when the status is 400 or more, else `parse`), another
 * error status (`http`, or `api` when a 4xx carries Altcraft's refusal), `error != 0` (`api`,
 * whatever the status), or a body that is not the expected reply (`parse`).
 */
export function readReply<T extends z.core.$ZodType>(
  reply: RawReply,
  schema: T,
  context: ReplyContext,
): z.infer<T> {
  const { status } = reply;
  const base = { apiBase: context.apiBase, status };
  const html = looksLikeHtml(reply);
  if (status >= 400) {
    const envelope = html ? undefined : tryEnvelope(reply.text);
    if (envelope && envelope.error !== 0 && status < 500) throw refusal(envelope, status, context);
    // The server's proxy explains a 502/504 itself (e.g. "may still have been applied"): show it.
    if (envelope && envelope.error === status && (status === 502 || status === 504)) {
      const text = redact(envelope.error_text, context.token);
      throw new ApiError({ kind: 'http', messageKey: 'gateway', params: { text, status }, status });
    }
    if (html) throw new ApiError({ kind: 'http', messageKey: 'html', params: base, status });
    const messageKey = status >= 500 ? 'httpServer' : 'httpClient';
    throw new ApiError({ kind: 'http', messageKey, params: base, status });
  }
  if (html) throw new ApiError({ kind: 'parse', messageKey: 'html', params: base, status });
  // Read once, with the reply's schema (in XML it says which elements are lists), and validated
  // twice: as the bare envelope, then as the reply. Only a read that fails is tried again as the
  // bare envelope, so that a refusal whose data does not fit the reply is still told as a refusal.
  let value: unknown;
  let unreadable: { error: unknown } | undefined;
  try {
    value = readText(reply.text, schema);
  } catch (error) {
    unreadable = { error };
  }
  let envelope: Envelope;
  try {
    envelope = unreadable
      ? parseResponse(reply.text, envelopeSchema)
      : validateValue(value, envelopeSchema);
  } catch (error) {
    throw parseError(error, status, context);
  }
  if (envelope.error !== 0) throw refusal(envelope, status, context);
  if (unreadable) throw parseError(unreadable.error, status, context);
  try {
    return validateValue(value, schema);
  } catch (error) {
    throw parseError(error, status, context);
  }
}

function refusal(envelope: Envelope, status: number, context: ReplyContext): ApiError {
  return new ApiError({
    kind: 'api',
    messageKey: 'api',
    params: { code: envelope.error, text: redact(envelope.error_text, context.token) },
    status,
    code: envelope.error,
  });
}

function parseError(error: unknown, status: number, context: ReplyContext): ApiError {
  return new ApiError({
    kind: 'parse',
    messageKey: 'parse',
    params: { apiBase: context.apiBase, status, detail: redact(detailOf(error), context.token) },
    status,
  });
}
