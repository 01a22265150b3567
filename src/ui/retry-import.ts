/**
 * A loader of a module split off the bundle, from its literal `import()` (the bundler must see
 * it), that a dropped connection does not break for good. The browser remembers a module whose
 * download failed (the HTML standard's module map; Chromium 150 does) and fails every later import
 * of its URL without asking the server again, so each new try imports the URL the failure named
 * with a query of its own: a fresh download of the same file.
 */
export function retryableImport<M, T>(
  load: () => Promise<M>,
  /** What the caller wants of the module (e.g. one of its components). */
  pick: (module: M) => T,
): () => Promise<T> {
  let failedUrl: string | undefined;
  let tries = 0;
  return () => {
    const attempt =
      failedUrl === undefined
        ? load()
        : (import(/* @vite-ignore */ `${failedUrl}?retry=${++tries}`) as Promise<M>);
    return attempt.then(pick, (error: unknown) => {
      failedUrl ??= failedModuleUrl(error, globalThis.location?.origin);
      throw error;
    });
  };
}

/**
 * The script of this origin that a failed dynamic import names (Chromium's and Firefox's messages
 * end with it), without its query; undefined when the message names none.
 */
export function failedModuleUrl(error: unknown, origin: string | undefined): string | undefined {
  const message = error instanceof Error ? error.message : '';
  const named = /https?:\/\/[^\s'"?#]+\.m?js/.exec(message)?.[0];
  if (named === undefined || origin === undefined) return undefined;
  try {
    const url = new URL(named);
    return url.origin === origin ? url.href : undefined;
  } catch {
    return undefined;
  }
}
