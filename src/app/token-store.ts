/*
 * The API token typed by the person, when the server does not add it. It lives in memory (the API
 * client) and, only when the person asks ("Remember for this tab"), in sessionStorage: gone when
 * the tab closes, never shared with other tabs. Never localStorage, never the URL, never a log.
 */

const KEY = 'segment-editor:token';

function session(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.sessionStorage;
  } catch {
    return undefined;
  }
}

/** The token remembered for this tab, if any. */
export function readRememberedToken(storage: Storage | undefined = session()): string | undefined {
  try {
    return storage?.getItem(KEY) || undefined;
  } catch {
    return undefined;
  }
}

/** Remembers `token` for this tab, or forgets it (`undefined`). */
export function rememberToken(
  token: string | undefined,
  storage: Storage | undefined = session(),
): void {
  try {
    if (token) storage?.setItem(KEY, token);
    else storage?.removeItem(KEY);
  } catch {
    // Storage disabled: the token stays in memory only.
  }
}
