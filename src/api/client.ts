import type * as z from 'zod/mini';
import {
  API_PREFIX,
  CONTENT_TYPES,
  encode,
  loadXmlCodec,
  loadXmlWriter,
  SESSION_HEADER,
  type WireFormat,
} from '../segment';
import { ApiError } from './errors';
import { readReply } from './reply';

/** The API base the editor uses unless configured otherwise: the same-origin proxy or sandbox. */
export { API_PREFIX as DEFAULT_API_BASE };
/** How long a call may take before it fails as a `timeout`. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/** Settings of {@link createApiClient}; all optional. */
export interface ApiClientOptions {
  /** Where the API lives: a path on this origin or an absolute URL. Default `/api/v1.1`. */
  apiBase?: string;
  /** The format of request bodies: `json` (default) or Altcraft's `xml`. */
  requestFormat?: WireFormat;
  /** The reply format asked for with the body field `format`: `json` (default) or `xml`. */
  responseFormat?: WireFormat;
  /** Milliseconds before a call fails as a `timeout`. Default 15 000. */
  timeoutMs?: number;
  /**
   * The API token, when the browser has one (from the host page or a password field). Omit it when
   * the server adds the token. Held in memory only; sent in the body field `token`, never in a URL.
   */
  token?: string;
  /**
   * The editor session minted by the portal (embed `init`), for a server that requires one
   * (EDITOR_SESSION_SECRET). Held in memory only; sent in the {@link SESSION_HEADER} header, never
   * in a URL, storage or a log.
   */
  session?: string;
  /** The fetch to use (tests); the global one by default. */
  fetch?: typeof fetch;
}

/** The request header that carries the editor session (server/session.ts reads it). */
export { SESSION_HEADER };

/** Why the server refused the session, from its `X-Editor-Session-Refused` reply header. */
const sessionMessages = {
  missing: 'sessionMissing',
  invalid: 'sessionInvalid',
  expired: 'sessionExpired',
} as const;

/** One API method call: `segments/get`, its body, and the schemas that write and read it. */
export interface ApiCall<T extends z.core.$ZodType> {
  /** `<group>/<method>`, e.g. `segments/update`. */
  method: string;
  /** The body without `token` and `format`, which the client adds. */
  body: Record<string, unknown>;
  /** The schema the body is written with (field order, XML arrays). */
  bodySchema: z.core.$ZodType;
  /** The schema of a successful reply. */
  replySchema: T;
  /** Aborts the call (TanStack Query passes one); the abort's reason is thrown as is. */
  signal?: AbortSignal;
}

/** A configured API client. The endpoint functions (`getSegment`, ...) take one. */
export interface ApiClient {
  readonly apiBase: string;
  readonly requestFormat: WireFormat;
  readonly responseFormat: WireFormat;
  readonly timeoutMs: number;
  /** True when a token is held (it is never readable from the client). */
  readonly hasToken: boolean;
  /** Replaces the token held in memory; `undefined` forgets it. */
  setToken(token: string | undefined): void;
  /** Replaces the editor session held in memory; `undefined` forgets it. */
  setSession(session: string | undefined): void;
  /** Posts one call and returns its reply's data, or throws an {@link ApiError}. */
  call<T extends z.core.$ZodType>(call: ApiCall<T>): Promise<z.infer<T>>;
}

const seconds = (ms: number) => Math.round(ms / 100) / 10;

/**
 * Creates the typed client over fetch. Every call is `POST <apiBase>/<group>/<method>/` with the
 * body in `requestFormat`, `format` set to `responseFormat`, and the token (when held) in the
 * body. Failures are {@link ApiError}s; the token never appears in a URL, a message or a log.
 */
export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const apiBase = (options.apiBase ?? API_PREFIX).replace(/\/+$/, '');
  const requestFormat = options.requestFormat ?? 'json';
  const responseFormat = options.responseFormat ?? 'json';
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // A closure, not a property: the token cannot be logged or serialised with the client.
  let token = options.token || undefined;
  let session = options.session || undefined;

  async function call<T extends z.core.$ZodType>(request: ApiCall<T>): Promise<z.infer<T>> {
    const fetchImpl = options.fetch ?? globalThis.fetch;
    const { token: _ignored, format: _format, ...fields } = request.body;
    const body = { ...(token ? { token } : {}), format: responseFormat, ...fields };
    const url = `${apiBase}/${request.method.replace(/^\/+|\/+$/g, '')}/`;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const stop = () => controller.abort();
    request.signal?.addEventListener('abort', stop, { once: true });
    if (request.signal?.aborted) controller.abort();
    const context = { apiBase, token };
    try {
      // An XML body needs the XML writer, which the browser loads on demand (src/segment).
      if (requestFormat === 'xml') await loadXmlWriter();
      const response = await fetchImpl(url, {
        method: 'POST',
        headers: {
          'Content-Type': CONTENT_TYPES[requestFormat],
          Accept: 'application/json, application/xml;q=0.9, */*;q=0.1',
          ...(session ? { [SESSION_HEADER]: session } : {}),
        },
        body: encode(body, request.bodySchema, requestFormat),
        signal: controller.signal,
        cache: 'no-store',
        credentials: 'same-origin',
      });
      const refused = response.headers.get('x-editor-session-refused');
      if (response.status === 401 && refused !== null) {
        const messageKey =
          sessionMessages[refused as keyof typeof sessionMessages] ?? 'sessionInvalid';
        throw new ApiError({ kind: 'api', messageKey, params: {}, status: 401, code: 401 });
      }
      const text = await response.text();
      // An XML reply needs the XML reader, which the browser loads on demand (src/segment).
      if (text.trimStart().startsWith('<')) await loadXmlCodec().catch(() => undefined);
      const contentType = response.headers.get('content-type') ?? '';
      return readReply(
        { status: response.status, contentType, text },
        request.replySchema,
        context,
      );
    } catch (error) {
      if (error instanceof ApiError) throw error;
      if (timedOut) {
        throw new ApiError({
          kind: 'timeout',
          messageKey: 'timeout',
          params: { apiBase, seconds: seconds(timeoutMs) },
        });
      }
      if (request.signal?.aborted) throw request.signal.reason ?? error;
      throw new ApiError({ kind: 'network', messageKey: 'network', params: { apiBase } });
    } finally {
      clearTimeout(timer);
      request.signal?.removeEventListener('abort', stop);
    }
  }

  return {
    apiBase,
    requestFormat,
    responseFormat,
    timeoutMs,
    get hasToken() {
      return token !== undefined;
    },
    setToken(next) {
      token = next || undefined;
    },
    setSession(next) {
      session = next || undefined;
    },
    call,
  };
}
