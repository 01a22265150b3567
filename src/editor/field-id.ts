/** The DOM id of the control of form path `path` (`segment.0.queries.1.operator` -> `f-segment-0-queries-1-operator`). */
export function fieldId(path: string): string {
  return `f-${path.replace(/\./g, '-') || 'root'}`;
}
