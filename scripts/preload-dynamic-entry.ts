import type { Plugin } from 'vite';

/**
 * A Vite plugin: in the production build, index.html gets a `<link rel="modulepreload">` for the
 * chunk of `entry` (a module the page's entry imports dynamically) and for every chunk it imports,
 * so that the browser downloads them beside the entry instead of after the entry has run. No
 * inline script: the CSP stays as it is.
 */
export function preloadDynamicEntry(entry: string): Plugin {
  return {
    name: 'segment-editor:preload-dynamic-entry',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle || !ctx.filename.endsWith('index.html')) return [];
        const chunks = Object.values(ctx.bundle).filter((output) => output.type === 'chunk');
        // The entry's own chunk, or the chunk a code-splitting group put it in (vite.config.ts).
        const target =
          chunks.find((chunk) => chunk.facadeModuleId?.endsWith(entry)) ??
          chunks.find((chunk) => chunk.moduleIds.some((id) => id.endsWith(entry)));
        if (!target) throw new Error(`preloadDynamicEntry: no chunk for ${entry}`);
        const already = new Set([ctx.chunk?.fileName, ...(ctx.chunk?.imports ?? [])]);
        const files = new Set<string>();
        const visit = (fileName: string) => {
          if (files.has(fileName) || already.has(fileName)) return;
          files.add(fileName);
          for (const imported of chunks.find((chunk) => chunk.fileName === fileName)?.imports ?? [])
            visit(imported);
        };
        visit(target.fileName);
        return [...files].map((fileName) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `/${fileName}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
