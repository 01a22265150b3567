/**
 * True when `text` is the canonical text of a finite number (`String(Number(text)) === text`: `1`,
 * `-2.5`, `1e+21`; not `007`, `1.0`, ` 1`): how XML text of a rule's value pair is typed.
 */
export function isCanonicalNumber(text: string): boolean {
  if (text === '') return false;
  const n = Number(text);
  return Number.isFinite(n) && String(n) === text;
}
