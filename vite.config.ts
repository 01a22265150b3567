import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { segmentEditorServer } from './server/vite-plugin.js';
import { preloadDynamicEntry } from './scripts/preload-dynamic-entry.js';
import { staticStyles } from './scripts/static-styles.js';
import { compileHint } from './scripts/compile-hint.js';
import { precompress } from './scripts/precompress.js';

export default defineConfig({
  // src/main.tsx starts the segment's request, then imports the application (src/app/boot.tsx):
  // index.html preloads that chunk, so that it downloads beside the entry, not after it.
  // The page's static styles are a style sheet written in Node (scripts/static-styles.ts).
  plugins: [
    react(),
    segmentEditorServer(),
    preloadDynamicEntry('src/app/boot.tsx'),
    staticStyles(),
    // Every function of the first screen's chunk is compiled off the main thread while it loads
    // (V8's compile hint): most of them run before the first paint (react-dom, MUI, the editor).
    compileHint('boot'),
    // Brotli and gzip copies of the built files, which the production server sends.
    precompress(),
  ],
  // 'react-i18next' is src/i18n/react-i18next-lite.ts, the editor's own useTranslation on its own
  // runtime (no i18next in the bundle; see there), in the build and the tests (tsconfig `paths`).
  // The browser reads and writes XML with modules loaded on demand (src/segment/xml-loader.browser.ts);
  // Node and the unit tests keep the synchronous one.
  resolve: {
    alias: [
      {
        find: /^react-i18next$/,
        replacement: fileURLToPath(new URL('./src/i18n/react-i18next-lite.ts', import.meta.url)),
      },
      ...(process.env.VITEST
        ? []
        : [
            {
              find: /^\.\/xml-loader$/,
              replacement: fileURLToPath(
                new URL('./src/segment/xml-loader.browser.ts', import.meta.url),
              ),
            },
          ]),
    ],
  },
  build: {
    target: 'es2022',
    modulePreload: {
      // index.html already preloads the application's chunk (preloadDynamicEntry above): its
      // import in src/main.tsx asks Vite's preload helper for nothing, which kept that helper's
      // first run (resolving URLs, reading the page's links; some 15 ms) out of the start-up.
      resolveDependencies: (filename, deps, { hostType }) =>
        hostType === 'js' && /(^|\/)boot-[\w-]+\.js$/.test(filename) ? [] : deps,
    },
    sourcemap: false,
    // The static style sheet is already emotion's compact output (scripts/static-styles.ts), and
    // stays the very rules emotion inserted (Lightning CSS would rewrite and reorder them for
    // 0.5 KB gzip). The only other CSS is the embedding demo's.
    cssMinify: false,
    // The editor, and the embedding demo host page (src/embed/demo).
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        'embed-demo': fileURLToPath(new URL('./embed-demo.html', import.meta.url)),
      },
      // The start-up entry's modules in one chunk and the application's first screen in another,
      // instead of some twenty small shared chunks: one gzip stream compresses better than many
      // (initial JS 203.8 -> 196.7 KB gzip). What is split off (the preview, drag and drop, dialogs,
      // menus, the slider, Russian) stays in chunks of its own.
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'main',
              test: /src\/main\.tsx$/,
              includeDependenciesRecursively: true,
              priority: 2,
            },
            {
              name: 'boot',
              test: /src\/app\/boot\.tsx$/,
              includeDependenciesRecursively: true,
              priority: 1,
            },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    include: [
      'src/**/*.test.{ts,tsx}',
      'server/**/*.test.ts',
      'bench/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
