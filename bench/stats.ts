/** The nearest-rank `q` quantile of the finite `values` (null when there is none). */
export function quantile(values: readonly number[], q: number): number | null {
  const sorted = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? null;
}

/** The nearest-rank median (the lower of the middle two of an even count). */
export const median = (values: readonly number[]): number | null => quantile(values, 0.5);
