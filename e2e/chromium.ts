/**
 * The Chromium that the e2e suite and the benchmark drive: `PLAYWRIGHT_CHROMIUM_EXECUTABLE`, by
 * default Debian's `/usr/bin/chromium`; set it to '' to use Playwright's own browser. Never
 * downloaded. The flags keep a headless Chromium quiet on a machine without GPU or outside network.
 */
export const chromiumExecutable = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launch options for `chromium.launch()` or Playwright's `use.launchOptions`. */
export const chromiumLaunchOptions = (extraArgs: readonly string[] = []) => ({
  ...(chromiumExecutable ? { executablePath: chromiumExecutable } : {}),
  args: [...chromiumArgs, ...extraArgs],
});
