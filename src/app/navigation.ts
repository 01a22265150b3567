/*
 * The page's address for a segment. Only `segment` and `list` change; every other parameter (lang,
 * format, theme, timeout, ...) is kept. The token is never in the address.
 */

/** The address (path and query) that opens segment `id`. */
export function segmentUrl(
  id: number,
  location: Pick<Location, 'pathname' | 'search' | 'hash'> = window.location,
): string {
  const params = new URLSearchParams(location.search);
  params.set('segment', String(id));
  params.delete('list');
  return `${location.pathname}?${params.toString()}${location.hash}`;
}

/** Shows segment `id` in the address bar without loading the page again (after "Save as new"). */
export function replaceSegmentInUrl(id: number): void {
  window.history.replaceState(window.history.state, '', segmentUrl(id));
}
