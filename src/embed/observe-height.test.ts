import { describe, expect, it } from 'vitest';
import { observeHeight, type ResizeObserverConstructor } from './observe-height';

/** A ResizeObserver double whose observations the test triggers by hand. */
function fakeObserver() {
  const state = { disconnected: false, trigger: (_heights: number[]) => {} };
  const Observer: ResizeObserverConstructor = class {
    constructor(callback: ResizeObserverCallback) {
      state.trigger = (heights) =>
        callback(
          heights.map(
            (blockSize) =>
              ({ borderBoxSize: [{ blockSize, inlineSize: 0 }] }) as unknown as ResizeObserverEntry,
          ),
          this as unknown as ResizeObserver,
        );
    }
    observe() {}
    disconnect() {
      state.disconnected = true;
    }
  };
  return { Observer, state };
}

const element = (height: number) =>
  ({ getBoundingClientRect: () => ({ height }) }) as unknown as Element;

describe('observeHeight', () => {
  it('reports the start height and each change, rounded up and never twice in a row', () => {
    const { Observer, state } = fakeObserver();
    const heights: number[] = [];
    observeHeight(element(100.2), (h) => heights.push(h), Observer);
    state.trigger([100.9]);
    state.trigger([250]);
    state.trigger([250, 249.5]);
    expect(heights).toEqual([101, 250]);
  });

  it('stops when the returned function is called', () => {
    const { Observer, state } = fakeObserver();
    const stop = observeHeight(element(10), () => {}, Observer);
    stop();
    expect(state.disconnected).toBe(true);
  });

  it('reports once when ResizeObserver is unavailable', () => {
    const heights: number[] = [];
    const stop = observeHeight(element(42), (h) => heights.push(h), null);
    expect(heights).toEqual([42]);
    expect(stop).not.toThrow();
  });
});
