import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** What is worth compressing: text the server sends (scripts, styles, the page, icons, JSON). */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json)$/;
/** Below this, the headers outweigh what compression saves. */
const MIN_BYTES = 1024;

/** The `.br` (Brotli, quality 11) and `.gz` (gzip, level 9) beside a file's content. */
export async function compressedCopies(content: Uint8Array) {
  const [br, gz] = await Promise.all([
    brotli(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
    gzipAsync(content, { level: 9 }),
  ]);
  return { br, gz };
}

/**
 * A Vite plugin: every compressible file of the build (at least 1 KB) gets a Brotli and a gzip copy
 * beside it (`x.js.br`, `x.js.gz`), which the production server sends to a browser that accepts
 * them (server/server-app.ts, `precompressed`): the initial scripts and style sheet go over the
 * network at about a quarter of their size, compressed once at build time at the highest levels
 * instead of on each request.
 */
export function precompress(): Plugin {
  return {
    name: 'segment-editor:precompress',
    apply: 'build',
    writeBundle: {
      order: 'post',
      sequential: true,
      async handler({ dir }, bundle) {
        if (dir === undefined) throw new Error('precompress: the build has no output folder');
        await Promise.all(
          Object.values(bundle).map(async (output) => {
            if (!COMPRESSIBLE.test(output.fileName)) return;
            const content = Buffer.from(output.type === 'chunk' ? output.code : output.source);
            if (content.length < MIN_BYTES) return;
            const { br, gz } = await compressedCopies(content);
            const file = join(dir, output.fileName);
            await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
          }),
        );
      },
    },
  };
}
