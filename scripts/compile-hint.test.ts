import { describe, expect, it } from 'vitest';
import type { Rolldown } from 'vite';
import { COMPILE_ALL_ON_LOAD, compileHint } from './compile-hint';

const chunk = (name: string, code: string) =>
  ({
    type: 'chunk',
    name,
    fileName: `assets/${name}-x.js`,
    code,
  }) as unknown as Rolldown.OutputChunk;

/** Runs the plugin's generateBundle on `bundle`, as the build does after Vite's own plugins. */
function generate(bundle: Record<string, Rolldown.OutputChunk>) {
  const hook = compileHint('boot').generateBundle;
  if (!hook || typeof hook !== 'object') throw new Error('generateBundle is not an object hook');
  // Synchronous: the bundle is changed when the call returns.
  void hook.handler.call(
    {} as Rolldown.PluginContext,
    {} as Rolldown.NormalizedOutputOptions,
    bundle,
    false,
  );
}

describe('compileHint', () => {
  it('puts the hint on the first line of the named chunk only, before what Vite wrote there', () => {
    const boot = chunk('boot', 'const __vite__mapDeps=()=>[];\nimport"./a.js";');
    const main = chunk('main', 'import"./b.js";');
    generate({ boot, main });
    expect(boot.code.split('\n')[0]).toBe(COMPILE_ALL_ON_LOAD);
    expect(boot.code).toBe(
      `${COMPILE_ALL_ON_LOAD}\nconst __vite__mapDeps=()=>[];\nimport"./a.js";`,
    );
    expect(main.code).toBe('import"./b.js";');
  });

  it('adds it once when the bundle is generated again', () => {
    const boot = chunk('boot', 'x()');
    generate({ boot });
    generate({ boot });
    expect(boot.code).toBe(`${COMPILE_ALL_ON_LOAD}\nx()`);
  });

  it('fails the build when no chunk has that name (a renamed chunk would lose it silently)', () => {
    expect(() => generate({ other: chunk('other', 'x()') })).toThrow(/no chunk named boot/);
  });

  it("changes the named chunk's file hash, not the others'", () => {
    const augment = compileHint('boot').augmentChunkHash;
    if (typeof augment !== 'function') throw new Error('augmentChunkHash is not a function');
    const call = (name: string) =>
      augment.call({} as Rolldown.PluginContext, { name } as unknown as Rolldown.RenderedChunk);
    expect(call('boot')).toBe(COMPILE_ALL_ON_LOAD);
    expect(call('main')).toBeUndefined();
  });
});
