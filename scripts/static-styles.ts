import { join } from 'node:path';
import { createElement, type ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { runnerImport, type Plugin } from 'vite';
import type * as StaticStylesModule from '../src/app/static-styles';

/** The module src/main.tsx imports for the page's static styles. */
export const STATIC_STYLES_ID = 'virtual:static-styles.css';
const resolvedId = `\0${STATIC_STYLES_ID}`;
const source = '/src/app/static-styles.tsx';

// What emotion's <Global> renders outside a browser: its sheet's rules in a <style> element.
const globalSheet = /<style data-emotion="css-global [^"]*">([^<]*)<\/style>/g;

/**
 * The CSS of the global style sheets that `element` renders: emotion's own output (its serializer,
 * its stylis chain with the vendor prefixer), from a server render in Node, where emotion writes
 * each <Global>'s rules into a <style> element instead of inserting them into the document.
 * Throws when the element renders anything else, which would be lost.
 */
export function renderStaticCss(element: ReactElement): string {
  if (typeof document !== 'undefined') throw new Error('renderStaticCss runs outside a browser');
  const html = renderToString(element);
  const sheets = [...html.matchAll(globalSheet)].map(([, rules]) => rules);
  const rest = html.replace(globalSheet, '');
  if (rest) throw new Error(`renderStaticCss: not a global style sheet: ${rest.slice(0, 200)}`);
  return sheets.join('\n');
}

/**
 * A Vite plugin: `virtual:static-styles.css` is the page's static styles (src/app/static-styles.tsx),
 * written in Node from the app's own theme and style functions at build time and in `vite` dev,
 * where an edit of one of their modules reloads the sheet. Imported by the entry, it is a
 * <link rel="stylesheet"> of the built index.html, loaded in parallel with the scripts.
 */
export function staticStyles(): Plugin {
  let root = process.cwd();
  return {
    name: 'segment-editor:static-styles',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === STATIC_STYLES_ID ? resolvedId : undefined;
    },
    async load(id) {
      if (id !== resolvedId) return undefined;
      const { module, dependencies } = await runnerImport<typeof StaticStylesModule>(source, {
        root,
        logLevel: 'error',
      });
      for (const file of [join(root, source), ...dependencies]) this.addWatchFile(file);
      return renderStaticCss(createElement(module.StaticStyles));
    },
  };
}
