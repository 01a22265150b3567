/** The constructor of a ResizeObserver (the browser's, or a test double). */
export type ResizeObserverConstructor = new (
  callback: ResizeObserverCallback,
) => Pick<ResizeObserver, 'observe' | 'disconnect'>;

/**
 * Reports the height of `element` in whole CSS pixels (rounded up, so that the host's iframe never
 * gets a scroll bar for a fraction of a pixel) whenever it changes, once at the start, and never
 * the same height twice in a row. Returns a function that stops observing.
 *
 * Without ResizeObserver (`Observer` null) it reports the start height only.
 *
 * Observe an element whose height follows its content (the app's root container), not one sized
 * to the viewport (`100vh`): the iframe's height would then feed back into the measure.
 */
export function observeHeight(
  element: Element,
  onHeight: (height: number) => void,
  Observer: ResizeObserverConstructor | null = globalThis.ResizeObserver ?? null,
): () => void {
  let last: number | null = null;
  const report = (height: number) => {
    const rounded = Math.max(0, Math.ceil(height));
    if (rounded === last) return;
    last = rounded;
    onHeight(rounded);
  };
  report(element.getBoundingClientRect().height);
  if (!Observer) return () => {};
  const observer = new Observer((entries) => {
    for (const entry of entries) {
      const border = entry.borderBoxSize?.[0]?.blockSize;
      report(border ?? entry.target.getBoundingClientRect().height);
    }
  });
  observer.observe(element);
  return () => observer.disconnect();
}
