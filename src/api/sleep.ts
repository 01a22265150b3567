/** Resolves after `ms` milliseconds (a pause between attempts, or the far end of a race). */
export const sleep = (ms: number): Promise<void> =>
  new Promise<void>((resolve) => setTimeout(resolve, ms));
