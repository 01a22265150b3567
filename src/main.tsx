import './app/zod-setup';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { isEmbedded } from './embed/is-embedded';
import { preloadPreview } from './app/preview-pane';
import { parseConfig } from './app/config';
import { initI18n, pickLanguage, setLanguage } from './i18n';

const { config, problems } = parseConfig(window.location.search);
initI18n();
// The preview's chunk loads beside the segment's request; a failure is shown (and retried) there.
preloadPreview().catch(() => undefined);

/*
 * The embedded editor (its bridge and protocol) and every language but English are chunks of their
 * own: a page that needs neither never downloads them. The first render waits for them, so that no
 * English flashes before Russian.
 */
async function start(): Promise<ReactNode> {
  const [embedded] = await Promise.all([
    // A chunk that cannot load leaves the plain editor, in English: still an editor.
    config.embed && isEmbedded() ? import('./app/embedded-app').catch(() => null) : null,
    setLanguage(pickLanguage(config.lang, navigator.languages)),
  ]);
  return embedded ? (
    <embedded.EmbeddedApp config={config} configProblems={problems} />
  ) : (
    <App config={config} configProblems={problems} />
  );
}

const root = document.getElementById('root');
if (root) {
  void start().then((app) => createRoot(root).render(<StrictMode>{app}</StrictMode>));
}
