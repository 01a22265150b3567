import { useState } from 'react';

/**
 * Whether a part that opens (a menu, a dialog) has been open once: it is mounted from its first
 * opening on, never before, and stays mounted so that it animates closed.
 */
export function useOpenedOnce(open: boolean): boolean {
  const [used, setUsed] = useState(open);
  if (open && !used) setUsed(true);
  return used || open;
}
