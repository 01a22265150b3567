/*
 * The database the person last saved a segment on, so that the next new segment starts there. Not
 * a secret (an ID), so localStorage is fine; storage that refuses is ignored.
 */

const KEY = 'segment-editor:last-database';

/** The database last saved on, or undefined. */
export function readLastDatabase(): number | undefined {
  try {
    const value = Number(window.localStorage.getItem(KEY));
    return Number.isInteger(value) && value > 0 ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers `listId` as the database last saved on. */
export function writeLastDatabase(listId: number | undefined): void {
  if (listId === undefined) return;
  try {
    window.localStorage.setItem(KEY, String(listId));
  } catch {
    // Storage full or disabled: the next new segment starts on the list's first database.
  }
}
