import { StrictMode, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { sleep } from '../api';
import { isEmbedded } from '../embed/is-embedded';
import { initI18n, pickLanguage, setLanguage } from '../i18n';
import { LanguageProvider } from '../i18n/react-i18next-lite';
import { App } from './app';
import { preloadPreview } from './preview-pane';
import { afterPaint } from '../ui/idle';
import type { EarlyStart } from './early-start';

/*
 * The application's start, once its code has arrived (src/main.tsx has already asked for the
 * segment). The embedded editor (its bridge and protocol) and every language but English are chunks
 * of their own: a page that needs neither never downloads them. The first render waits for them, so
 * that no English flashes before Russian.
 */
/** How long the first render waits for a segment on its way before showing the loading screen. */
const LOADING_SCREEN_AFTER_MS = 400;

async function app({
  config,
  problems,
  queryClient,
  segmentSettled,
}: EarlyStart): Promise<ReactNode> {
  const [embedded] = await Promise.all([
    // A chunk that cannot load leaves the plain editor, in English: still an editor.
    config.embed && isEmbedded() ? import('./embedded-app').catch(() => null) : null,
    setLanguage(pickLanguage(config.lang, navigator.languages)),
    // A segment that is about to arrive is rendered directly, without first rendering (and then
    // throwing away) the loading screen; a slow one shows the loading screen after the wait.
    Promise.race([segmentSettled, sleep(LOADING_SCREEN_AFTER_MS)]),
  ]);
  return embedded ? (
    <embedded.EmbeddedApp config={config} configProblems={problems} />
  ) : (
    <App config={config} configProblems={problems} queryClient={queryClient} />
  );
}

/**
 * Starts i18n, renders the application into `root`, and once that screen is painted starts
 * loading the preview's chunk.
 */
export async function boot(early: EarlyStart, root: HTMLElement): Promise<void> {
  initI18n();
  const node = await app(early);
  // At once, in this task: a render left to React's scheduler waited behind whatever tasks were
  // queued first (the evaluation of chunks that had just arrived), some 30 ms at start-up.
  const view = createRoot(root);
  flushSync(() =>
    view.render(
      <StrictMode>
        <LanguageProvider>{node}</LanguageProvider>
      </StrictMode>,
    ),
  );
  // The preview is drawn once the first screen is up (preview-pane.tsx): its chunk (some 20 ms
  // to evaluate) is asked for after that screen's paint, not in its way. A failure is shown (and
  // retried) there.
  afterPaint(() => void preloadPreview().catch(() => undefined));
}
