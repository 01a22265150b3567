import { apiMessages as messages } from './messages';

/**
 * How a call failed:
 * - `network`: no answer at all (offline, DNS, connection refused or dropped);
 * - `timeout`: no complete answer within the client's timeout;
 * - `http`: an HTTP status of 400 or more without an Altcraft refusal in the body (a proxy's error
 *   page, a server crash);
 * - `api`: Altcraft answered and refused (`error != 0`); `code` is Altcraft's error code;
 * - `parse`: an answer that is not the API data expected (HTML with status 200, malformed JSON/XML,
 *   a reply of the wrong shape).
 */
export type ApiErrorKind = 'network' | 'timeout' | 'http' | 'api' | 'parse';

/** The key of the message in the `api` i18n namespace: `t(\`api:errors.${error.messageKey}\`, error.params)`. */
export type ApiErrorMessageKey = keyof typeof messages.errors;

/** The placeholders of the messages. */
export type ApiErrorParam = 'apiBase' | 'seconds' | 'status' | 'code' | 'text' | 'detail';

/** Values interpolated into the message (each message uses some of them). */
export type ApiErrorParams = Readonly<Partial<Record<ApiErrorParam, string | number>>>;

/**
 * The only error the API client throws (besides the caller's own abort). `message` is English text
 * a person can act on; `messageKey` with `params` gives the same text in the UI's language. None of
 * them ever contains the API token.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  /** How the call failed. */
  readonly kind: ApiErrorKind;
  /** The HTTP status, when an answer arrived. */
  readonly status: number | undefined;
  /** Altcraft's error code (`error` of the reply) when `kind` is `api`. */
  readonly code: number | undefined;
  /** The message's key in the `api` namespace (`errors.<key>`). */
  readonly messageKey: ApiErrorMessageKey;
  /** The values of the message's placeholders. */
  readonly params: ApiErrorParams;

  constructor(init: {
    kind: ApiErrorKind;
    messageKey: ApiErrorMessageKey;
    params: ApiErrorParams;
    status?: number;
    code?: number;
  }) {
    super(interpolate(messages.errors[init.messageKey], init.params));
    this.kind = init.kind;
    this.messageKey = init.messageKey;
    this.params = init.params;
    this.status = init.status;
    this.code = init.code;
  }

  /**
   * Whether trying again may help: network errors, timeouts and HTTP 5xx. Never an Altcraft
   * refusal (`api`) or an unreadable answer (`parse`): the same request would fail the same way.
   */
  get retryable(): boolean {
    return (
      this.kind === 'network' ||
      this.kind === 'timeout' ||
      (this.kind === 'http' && (this.status ?? 0) >= 500)
    );
  }
}

/** True when `error` is an {@link ApiError}. */
export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Fills `{{name}}` placeholders the way i18next does. */
function interpolate(template: string, params: ApiErrorParams): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    name in params ? String(params[name as ApiErrorParam]) : whole,
  );
}

/** `text` with every occurrence of `secret` masked; used on anything a server sent back. */
export function redact(text: string, secret: string | undefined): string {
  if (!secret) return text;
  return text.split(secret).join('•••');
}
