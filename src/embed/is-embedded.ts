/**
 * True when the editor runs as an embedded editor: its URL says `embed=1` (or `embed=true`) and it
 * is inside a frame. Both are needed: `embed=1` alone in a top-level tab must not wait for a host.
 */
export function isEmbedded(win: Pick<Window, 'location' | 'parent'> = window): boolean {
  const flag = new URLSearchParams(win.location.search).get('embed');
  return (flag === '1' || flag === 'true') && win.parent !== (win as unknown);
}
