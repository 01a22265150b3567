import { chromium, type Browser, type Page } from '@playwright/test';
import { benchRequest } from './fixtures';
import { chromiumLaunchOptions } from '../e2e/chromium';
import { addSegment, startBenchServer } from './server';
import { scriptsGzipKb } from './assets';
import { median, quantile } from './stats';

/** The figures of one segment size, each the median over the runs. */
export interface PageFigures {
  size: string;
  conditions: number;
  /** Navigation start until the loaded segment is shown and its first condition editable. */
  loadMs: number | null;
  /** Keystroke to next paint while typing 20 characters into a value in the middle. */
  keystrokeMedianMs: number | null;
  keystrokeP95Ms: number | null;
  /** Keystrokes whose Event Timing entry (>= 16 ms) the browser reported, of all typed. */
  slowKeystrokes: number;
  /** All keystrokes typed (the denominator of slowKeystrokes). */
  keystrokes: number;
  /**
   * The longest keydown duration Event Timing reported (keydown to the next frame presented, in
   * steps of 8 ms), or null when none reached its 16 ms threshold.
   */
  eventTimingMaxMs: number | null;
  /** Click on "Add condition" until the new row is painted. */
  addConditionMs: number | null;
  /** Last keystroke until the preview shows it, JSON tab and XML tab. */
  previewJsonMs: number | null;
  previewXmlMs: number | null;
  /** Used JS heap after render and a forced garbage collection. */
  heapMb: number | null;
  /** Click on Save until the saved message. */
  saveMs: number | null;
  /**
   * Every script the page downloaded from navigation until it settled (gzip): the initial bundle
   * plus the chunks loaded beside it (the preview) or for the chosen language. Nothing is hidden by
   * splitting: this is what a visit to a segment costs.
   */
  startupJsGzipKb: number | null;
}

/** Installs the in-page probes: keystroke-to-paint times and Event Timing entries. */
async function installProbes(page: Page): Promise<void> {
  await page.evaluate(() => {
    const probe = { keys: [] as number[], slow: 0, longest: 0, lastKey: 0 };
    (window as unknown as { __bench: typeof probe }).__bench = probe;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name !== 'keydown') continue;
        probe.slow++;
        probe.longest = Math.max(probe.longest, entry.duration);
      }
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
    document.addEventListener(
      'keydown',
      (event) => {
        const start = event.timeStamp;
        probe.lastKey = start;
        requestAnimationFrame(() =>
          setTimeout(() => probe.keys.push(performance.now() - start), 0),
        );
      },
      true,
    );
  });
}

/** Waits until the preview's text has `length` characters; returns ms since the last keystroke. */
async function previewLatency(page: Page, length: number): Promise<number | null> {
  const handle = await page.waitForFunction(
    (expected) => {
      const region = document.querySelector('[data-text-length]');
      if (region?.getAttribute('data-text-length') !== String(expected)) return false;
      const probe = (window as unknown as { __bench: { lastKey: number } }).__bench;
      return performance.now() - probe.lastKey;
    },
    length,
    { timeout: 10_000, polling: 'raf' },
  );
  return (await handle.jsonValue()) as number;
}

const previewLength = (page: Page) =>
  page.locator('[data-text-length]').first().getAttribute('data-text-length').then(Number);

interface Sample {
  loadMs: number;
  keys: number[];
  slow: number;
  longest: number;
  addConditionMs: number;
  previewJsonMs: number | null;
  previewXmlMs: number | null;
  heapMb: number;
  saveMs: number | null;
  scripts: string[];
}

async function measureOnce(
  browser: Browser,
  url: string,
  id: number,
  groups: number,
  conditions: number,
): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  // tsx (esbuild keepNames) wraps named functions in __name(): give the page a no-op one.
  await context.addInitScript({ content: 'window.__name = (f) => f;' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const scripts = new Set<string>();
  const onRequest = (request: { resourceType: () => string; url: () => string }) => {
    if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
  };
  page.on('request', onRequest);
  await page.goto(`${url}/?segment=${id}`);
  const name = page.getByLabel('Segment name');
  await page.waitForFunction(
    (expected) => {
      const input = document.querySelector<HTMLInputElement>('#f-name');
      const value = document.querySelector<HTMLInputElement>('#f-segment-0-queries-0-value');
      return input?.value === expected && value !== null && !value.disabled;
    },
    `Bench ${groups}x${conditions}`,
    { timeout: 60_000, polling: 'raf' },
  );
  const loadMs = await page.evaluate(() => performance.now());
  await name.waitFor();

  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };

  // Typing is measured once the page has settled (its start-up requests answered, the main thread
  // idle): what a person meets, since loading is measured on its own above.
  await page.waitForLoadState('networkidle');
  await page.evaluate(
    () => new Promise((resolve) => requestIdleCallback(() => resolve(null), { timeout: 2000 })),
  );
  page.off('request', onRequest);

  // A value in the middle: its group is opened first when large segments start collapsed.
  const g = Math.floor(groups / 2);
  const q = Math.floor(conditions / 8) * 4; // a text value (the city condition of bench/fixtures.ts)
  const field = page.locator(`#f-segment-${g}-queries-${q}-value`);
  const expand = page.getByRole('button', { name: `Expand group ${g + 1}`, exact: true });
  if ((await field.count()) === 0 && (await expand.count()) > 0) await expand.click();
  await field.scrollIntoViewIfNeeded();
  await field.click();
  await page.keyboard.press('End');
  await installProbes(page);

  const before = await previewLength(page);
  await page.keyboard.type('abcdefghijklmnopqrst', { delay: 60 });
  const previewJsonMs = await previewLatency(page, before + 20);
  const probe = await page.evaluate(
    () =>
      (window as unknown as { __bench: { keys: number[]; slow: number; longest: number } }).__bench,
  );

  await page.getByRole('tab', { name: 'XML' }).click();
  await field.click();
  await page.keyboard.press('End');
  const beforeXml = await previewLength(page);
  await page.keyboard.type('uvwxy', { delay: 60 });
  const previewXmlMs = await previewLatency(page, beforeXml + 5);

  // Add a condition to the middle group and time it to the next paint.
  const rows = page.locator(`[id^="f-segment-${g}-queries-"][id$="--more"]`);
  const rowCount = await rows.count();
  const addButton = page
    .locator(`#f-segment-${g}`)
    .getByRole('button', { name: 'Add condition', exact: true });
  await addButton.scrollIntoViewIfNeeded();
  const addConditionMs = await addButton.evaluate(
    (button, { group, count }) =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        const done = () =>
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
        const observer = new MutationObserver(() => {
          if (
            document.querySelectorAll(`[id^="f-segment-${group}-queries-"][id$="--more"]`).length >
            count
          ) {
            observer.disconnect();
            done();
          }
        });
        observer.observe(document.body, { childList: true, subtree: true });
        (button as HTMLButtonElement).click();
      }),
    { group: g, count: rowCount },
  );
  // The new condition has an empty value: fill it so that the segment is valid again, then save.
  await page.locator(`#f-segment-${g}-queries-${conditions}-value`).fill('Bench');

  const save = page.getByRole('button', { name: 'Save', exact: true });
  const saveStart = Date.now();
  await save.click();
  const saveMs = await page
    .getByText(/^(Updated|Created|Overwrote) segment \d+/)
    .waitFor({ timeout: 30_000 })
    .then(
      () => Date.now() - saveStart,
      () => null,
    );
  await context.close();
  return {
    loadMs,
    keys: probe.keys,
    slow: probe.slow,
    longest: probe.longest,
    addConditionMs,
    previewJsonMs,
    previewXmlMs,
    heapMb: heap.usedSize / 1024 / 1024,
    saveMs,
    scripts: [...scripts],
  };
}

/** Measures every size `runs` times against a production server started on `distDir`. */
export async function measureSizes(
  distDir: string,
  sizes: readonly { groups: number; conditions: number }[],
  runs: number,
): Promise<PageFigures[]> {
  const server = await startBenchServer(distDir);
  const browser = await chromium.launch(chromiumLaunchOptions(['--enable-precise-memory-info']));
  try {
    const out: PageFigures[] = [];
    for (const { groups, conditions } of sizes) {
      const samples: Sample[] = [];
      for (let run = 0; run < runs; run++) {
        const id = await addSegment(server.url, benchRequest(groups, conditions));
        samples.push(await measureOnce(browser, server.url, id, groups, conditions));
      }
      const pick = (f: (s: Sample) => number | null) =>
        median(samples.map(f).filter((v): v is number => v !== null));
      const keys = samples.flatMap((s) => s.keys);
      out.push({
        size: `${groups}x${conditions}`,
        conditions: groups * conditions,
        loadMs: pick((s) => s.loadMs),
        keystrokeMedianMs: median(keys),
        keystrokeP95Ms: quantile(keys, 0.95),
        slowKeystrokes: samples.reduce((n, s) => n + s.slow, 0),
        keystrokes: keys.length,
        eventTimingMaxMs: samples.some((s) => s.slow > 0)
          ? Math.max(...samples.map((s) => s.longest))
          : null,
        addConditionMs: pick((s) => s.addConditionMs),
        previewJsonMs: pick((s) => s.previewJsonMs),
        previewXmlMs: pick((s) => s.previewXmlMs),
        heapMb: pick((s) => s.heapMb),
        saveMs: pick((s) => s.saveMs),
        startupJsGzipKb: pick((s) => scriptsGzipKb(distDir, s.scripts)),
      });
      console.log(`measured ${groups}x${conditions}`);
    }
    return out;
  } finally {
    await browser.close();
    await server.stop();
  }
}
