import { createHash, timingSafeEqual } from 'node:crypto';
import { ApiRefusal, apiError } from './envelope';

/** The token of `Authorization: Bearer <token>`, if the header has that form. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/** Compares in constant time, so a wrong token cannot be guessed from how fast it is refused. */
export function sameToken(a: string, b: string): boolean {
  return timingSafeEqual(digest(a), digest(b));
}

/**
 * Checks the request's token (body field `token`, else the Bearer header) against `expected`.
 * With `optional`, a request carrying no token at all is let through: the server stands in for
 * the browser (sandbox mode of `npm run dev` / `npm run serve`). A wrong token is always refused.
 */
export function authorize(
  bodyToken: unknown,
  header: string | undefined,
  expected: string,
  optional = false,
): void {
  const given = bodyToken ?? bearerToken(header);
  if (given === undefined || given === '') {
    if (optional) return;
    throw new ApiRefusal(
      apiError.tokenRequired,
      'API token required: send it in the body field "token" or as "Authorization: Bearer".',
    );
  }
  if (typeof given !== 'string' || !sameToken(given, expected)) {
    throw new ApiRefusal(apiError.tokenRequired, 'Invalid API token.');
  }
}
