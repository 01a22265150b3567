let firstIdle: Promise<void> | undefined;

/**
 * Resolves once the page has painted its first screen and the main thread is idle (or `timeout` ms
 * after that paint at the latest): the moment for work the first screen does not need, so that it
 * never delays it (the preview's first render, the sample sliders replacing their stand-ins). One
 * moment per page: a part mounted later finds it passed and goes ahead at once.
 */
export function afterFirstIdle(timeout = 1000): Promise<void> {
  firstIdle ??= new Promise<void>((resolve) => {
    const idle = () => {
      if (typeof requestIdleCallback === 'function')
        requestIdleCallback(() => resolve(), { timeout });
      else setTimeout(resolve, 50);
    };
    // The frame first, then a task after it: idle time before the first paint is not what is wanted.
    if (typeof requestAnimationFrame === 'function')
      requestAnimationFrame(() => setTimeout(idle, 0));
    else setTimeout(idle, 0);
  });
  return firstIdle;
}
