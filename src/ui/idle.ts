/**
 * Runs `task` once the browser is idle, or `timeout` ms later at the latest (a third of it where
 * there is no `requestIdleCallback`, as in Safari); returns a way to cancel it.
 */
export function whenIdle(task: () => void, timeout = 1000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(() => task(), { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, timeout / 3);
  return () => clearTimeout(id);
}

/** Runs `task` in a task after the next frame: once what is rendered now has been painted. */
export function afterPaint(task: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(task, 0));
  else setTimeout(task, 0);
}

let firstIdle: Promise<void> | undefined;

/**
 * Resolves once the page has painted its first screen and the main thread is idle (or `timeout` ms
 * after that paint at the latest): the moment for work the first screen does not need, so that it
 * never delays it (the preview's first render, the sample sliders replacing their stand-ins). One
 * moment per page: a part mounted later finds it passed and goes ahead at once.
 */
export function afterFirstIdle(timeout = 1000): Promise<void> {
  // The frame first: idle time before the first paint is not what is wanted.
  firstIdle ??= new Promise<void>((resolve) => afterPaint(() => void whenIdle(resolve, timeout)));
  return firstIdle;
}
