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

let firstIdle: Promise<void> | undefined;

/**
 * Resolves once the page has painted its first screen and the main thread is idle (or `timeout` ms
 * after that paint at the latest): the moment for work the first screen does not need, so that it
 * never delays it (the preview's first render, the sample sliders replacing their stand-ins). One
 * moment per page: a part mounted later finds it passed and goes ahead at once.
 */
export function afterFirstIdle(timeout = 1000): Promise<void> {
  firstIdle ??= new Promise<void>((resolve) => {
    const idle = () => void whenIdle(resolve, timeout);
    // The frame first, then a task after it: idle time before the first paint is not what is wanted.
    if (typeof requestAnimationFrame === 'function')
      requestAnimationFrame(() => setTimeout(idle, 0));
    else setTimeout(idle, 0);
  });
  return firstIdle;
}
