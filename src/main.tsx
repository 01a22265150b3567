import './app/zod-setup';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { EmbeddedApp } from './app/embedded-app';
import { isEmbedded } from './embed';
import { parseConfig } from './app/config';
import { initI18n, pickLanguage } from './i18n';

const { config, problems } = parseConfig(window.location.search);
initI18n(pickLanguage(config.lang, navigator.languages));

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      {config.embed && isEmbedded() ? (
        <EmbeddedApp config={config} configProblems={problems} />
      ) : (
        <App config={config} configProblems={problems} />
      )}
    </StrictMode>,
  );
}
