import type { Plugin } from 'vite';

/** V8's explicit compile hint for a whole file (Chromium 136+); only the file's first line counts. */
export const COMPILE_ALL_ON_LOAD = '//# allFunctionsCalledOnLoad';

/**
 * A Vite plugin: the production chunk named `chunkName` starts with V8's compile hint, so that the
 * browser compiles every one of its functions while the chunk streams in, on a background thread,
 * instead of each on the main thread when it is first called. Meant for a chunk whose functions
 * nearly all run on the way to the first screen. Added after Vite's own first line (the preload
 * helper's dependency map, written when the bundle is generated) and after minification, which
 * drops comments.
 */
export function compileHint(chunkName: string): Plugin {
  return {
    name: 'segment-editor:compile-hint',
    apply: 'build',
    enforce: 'post',
    // The chunk's file name changes with the hint, as with any other change of its content.
    augmentChunkHash: (chunk) => (chunk.name === chunkName ? COMPILE_ALL_ON_LOAD : undefined),
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const chunks = Object.values(bundle).filter(
          (output) => output.type === 'chunk' && output.name === chunkName,
        );
        if (chunks.length === 0) throw new Error(`compileHint: no chunk named ${chunkName}`);
        for (const chunk of chunks)
          if (chunk.type === 'chunk' && !chunk.code.startsWith(COMPILE_ALL_ON_LOAD))
            chunk.code = `${COMPILE_ALL_ON_LOAD}\n${chunk.code}`;
      },
    },
  };
}
