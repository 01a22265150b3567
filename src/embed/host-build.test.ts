import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/* The host helper as portals get it: `vite build -c vite.embed.config.ts` into a temporary folder. */

const root = fileURLToPath(new URL('../..', import.meta.url));
let outDir = '';
let js = '';
let dts = '';

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'segment-editor-embed-'));
  await build({
    root,
    configFile: join(root, 'vite.embed.config.ts'),
    logLevel: 'silent',
    build: { outDir },
  });
  js = await readFile(join(outDir, 'embed.js'), 'utf8');
  dts = await readFile(join(outDir, 'embed.d.ts'), 'utf8');
}, 60_000);

afterAll(() => rm(outDir, { recursive: true, force: true }));

describe('dist/embed.js', () => {
  it('is a small ES module exporting mount, without React, MUI or zod', () => {
    expect(js).toMatch(/export \{[^}]*\bmount\b[^}]*\}/);
    expect(js).not.toMatch(/from ["']|require\(/);
    expect(js).not.toMatch(/react|@mui|zod|ZodError/i);
    expect(js.length).toBeLessThan(8_000);
  });

  it('comes with declarations of mount and its options', () => {
    expect(dts).toContain(
      'export declare function mount(element: HTMLElement, options: MountOptions): EmbedHandle;',
    );
    expect(dts).toContain('export interface MountOptions');
    expect(dts).not.toMatch(/^\s*import\s/m);
  });
});
