import { createHmac, timingSafeEqual } from 'node:crypto';

/*
 * Signed editor sessions (README "Server side", "Editor sessions"). With EDITOR_SESSION_SECRET set,
 * every API call must carry a session the portal minted on its own server for one signed-in person:
 *
 *   <payload>.<signature>
 *   payload   = base64url(JSON { "exp": <unix seconds>, "sub"?: <user id> })
 *   signature = base64url(HMAC-SHA256(secret, payload))
 *
 * Any language can mint one with these two lines; `mintEditorSession` does it in Node.
 */

// The request header that carries the session (a custom header also forces a CORS preflight).
export { SESSION_HEADER } from '../src/segment';

/** The longest session the server reads; anything longer is refused unread. */
const MAX_SESSION_LENGTH = 2048;

/** Options of {@link mintEditorSession}. */
export interface MintSessionOptions {
  /** The server's `EDITOR_SESSION_SECRET`. */
  secret: string;
  /** How long the session stays valid, in seconds (keep it short: minutes, not days). */
  ttlSeconds: number;
  /** Who the session is for (logged by the portal, not by this server); optional. */
  userId?: string;
  /** The current time in milliseconds (tests); `Date.now()` by default. */
  now?: number;
}

const base64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');
const sign = (secret: string, payload: string) =>
  createHmac('sha256', secret).update(payload, 'utf8').digest();

/**
 * Mints a session for the editor: call it on the portal's server after the portal has
 * authenticated the person, and hand the result to the editor in the embed `init` (`session`).
 * Never put it in a URL.
 */
export function mintEditorSession(options: MintSessionOptions): string {
  if (!options.secret) throw new Error('mintEditorSession: the secret is empty.');
  if (!Number.isFinite(options.ttlSeconds) || options.ttlSeconds <= 0)
    throw new Error('mintEditorSession: ttlSeconds must be a positive number of seconds.');
  const now = options.now ?? Date.now();
  const exp = Math.floor(now / 1000 + options.ttlSeconds);
  const payload = base64url(
    JSON.stringify({ exp, ...(options.userId !== undefined ? { sub: options.userId } : {}) }),
  );
  return `${payload}.${base64url(sign(options.secret, payload))}`;
}

/** Why a session was refused. */
export type SessionProblem = 'missing' | 'invalid' | 'expired';

/** The outcome of {@link verifyEditorSession}. */
export type SessionCheck =
  | { ok: true; userId: string | undefined; expires: number }
  | { ok: false; problem: SessionProblem };

/**
 * Checks a session: well-formed, signed with `secret` (compared in constant time) and not expired.
 * A session signed with another secret is `invalid`, like a forged one.
 */
export function verifyEditorSession(
  session: string | undefined,
  secret: string,
  now = Date.now(),
): SessionCheck {
  if (!session) return { ok: false, problem: 'missing' };
  const parts = session.length <= MAX_SESSION_LENGTH ? session.trim().split('.') : [];
  const [payload, signature] = parts;
  if (parts.length !== 2 || !payload || !signature) return { ok: false, problem: 'invalid' };
  const expected = sign(secret, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, problem: 'invalid' };
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  if (typeof claims !== 'object' || claims === null) return { ok: false, problem: 'invalid' };
  const { exp, sub } = claims as { exp?: unknown; sub?: unknown };
  if (typeof exp !== 'number' || (sub !== undefined && typeof sub !== 'string'))
    return { ok: false, problem: 'invalid' };
  if (exp * 1000 <= now) return { ok: false, problem: 'expired' };
  return { ok: true, userId: sub, expires: exp };
}

/** The `error_text` of a refused session: says what is wrong and what the person can do. */
export const sessionRefusalText: Record<SessionProblem, string> = {
  missing:
    'Editor session required: this server accepts API calls only with a session from the portal (header X-Editor-Session).',
  invalid:
    'Editor session not valid: it was not signed by this server’s portal. Open the editor from the portal again.',
  expired: 'Editor session expired. Open the editor from the portal again to get a new session.',
};
