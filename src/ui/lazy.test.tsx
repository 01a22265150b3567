// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { lazyPart } from './lazy';

afterEach(cleanup);

/** Runs inside an awaited act(), so that React settles what suspended before the assertions. */
async function settled(run: () => unknown): Promise<void> {
  await act(async () => {
    run();
    await Promise.resolve();
  });
}

const Hello = ({ name }: { name: string }) => <p>Hello, {name}</p>;
const fallback = ({ name }: { name: string }) => <p>Waiting for {name}</p>;

describe('lazyPart', () => {
  it('shows the fallback while the code loads, then the part', async () => {
    let resolve: (component: typeof Hello) => void = () => undefined;
    const part = lazyPart(() => new Promise<typeof Hello>((ok) => (resolve = ok)), fallback);
    await settled(() => render(<part.Part name="Ann" />));
    expect(screen.getByText('Waiting for Ann')).toBeTruthy();
    await settled(() => resolve(Hello));
    expect(screen.getByText('Hello, Ann')).toBeTruthy();
  });

  it('shows the fallback instead of crashing when the code cannot load, and tries again on the next use', async () => {
    // React reports the error it caught; the boundary is what is under test.
    const report = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let online = false;
    const part = lazyPart(
      () => (online ? Promise.resolve(Hello) : Promise.reject(new Error('offline'))),
      fallback,
    );
    const { rerender } = render(<></>);
    await settled(() => rerender(<part.Part name="Bob" retryKey={1} />));
    expect(screen.getByText('Waiting for Bob')).toBeTruthy();
    online = true;
    await settled(() => rerender(<part.Part name="Bob" retryKey={1} />));
    expect(screen.getByText('Waiting for Bob')).toBeTruthy();
    await settled(() => rerender(<part.Part name="Bob" retryKey={2} />));
    expect(screen.getByText('Hello, Bob')).toBeTruthy();
    report.mockRestore();
  });

  // Regression: a failed download was started again at each render, so the part showed its
  // loading fallback for ever and the failure never.
  it('says that the code could not load, downloads it once per use, and loads it on retry', async () => {
    const report = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let attempts = 0;
    let online = false;
    let retry = () => undefined as void;
    const part = lazyPart(
      () => {
        attempts += 1;
        return online ? Promise.resolve(Hello) : Promise.reject(new Error('offline'));
      },
      fallback,
      ({ name }, again) => {
        retry = again;
        return <p>Could not load {name}</p>;
      },
    );
    const { rerender } = render(<></>);
    await settled(() => rerender(<part.Part name="Eve" retryKey={1} />));
    await settled(() => rerender(<part.Part name="Eve" retryKey={1} />));
    expect(screen.getByText('Could not load Eve')).toBeTruthy();
    expect(attempts).toBe(1);
    online = true;
    await settled(() => retry());
    expect(screen.getByText('Hello, Eve')).toBeTruthy();
    expect(attempts).toBe(2);
    report.mockRestore();
  });

  it('loads the code once, however often it is preloaded or shown', async () => {
    let attempts = 0;
    const part = lazyPart(() => {
      attempts += 1;
      return Promise.resolve(Hello);
    });
    part.preload();
    part.preload();
    await settled(() =>
      render(
        <>
          <part.Part name="Cy" />
          <part.Part name="Di" />
        </>,
      ),
    );
    expect(screen.getByText('Hello, Di')).toBeTruthy();
    expect(screen.getByText('Hello, Cy')).toBeTruthy();
    expect(attempts).toBe(1);
  });
});
