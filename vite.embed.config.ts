import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { precompress } from './scripts/precompress.js';

/*
 * The host helper for admin portals: `src/embed/host.ts` as one small ES module, `dist/embed.js`,
 * with its types as `dist/embed.d.ts`. Built after the app (`npm run build`) into the same folder,
 * so it must not empty it.
 */

/** Ships the self-contained `host-types.ts` as the declaration file, plus `mount`'s signature. */
function declarations(): Plugin {
  return {
    name: 'segment-editor-embed-declarations',
    generateBundle() {
      const types = readFileSync(new URL('./src/embed/host-types.ts', import.meta.url), 'utf8');
      const source = `${types}
/** Embeds Segment Editor in \`element\`; see MountOptions and EmbedHandle. */
export declare function mount(element: HTMLElement, options: MountOptions): EmbedHandle;

/** True when \`data\` is a well-formed message of protocol version 1 from the editor. */
export declare function isEditorMessage(data: unknown): data is EditorEventMessage;
`;
      this.emitFile({ type: 'asset', fileName: 'embed.d.ts', source });
    },
  };
}

export default defineConfig({
  plugins: [declarations(), precompress()],
  publicDir: false,
  build: {
    target: 'es2022',
    sourcemap: false,
    emptyOutDir: false,
    lib: {
      entry: 'src/embed/host.ts',
      formats: ['es'],
      fileName: () => 'embed.js',
    },
  },
});
