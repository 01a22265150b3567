import { join } from 'node:path';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { StaticStyles } from '../src/app/static-styles';
import { russianTheme } from '../src/app/theme-ru';
import { renderStaticCss, STATIC_STYLES_ID, staticStyles } from './static-styles';

const root = join(import.meta.dirname, '..');
const css = renderStaticCss(createElement(StaticStyles));

/** The declarations of the first rule whose selector is exactly `selector`. */
function rule(selector: string): string {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`(?:^|[}\\n])${escaped}\\{([^}]*)\\}`).exec(css);
  if (!match?.[1]) throw new Error(`no rule ${selector}`);
  return match[1];
}

describe('the static style sheet', () => {
  it('holds the theme’s CSS variables for both schemes, switched by the class of <html>', () => {
    expect(rule(':root')).toContain('--mui-spacing:8px;');
    expect(rule(':root,.light')).toContain('color-scheme:light;');
    expect(rule(':root,.light')).toContain('--mui-palette-background-default:#fff;');
    expect(rule('.dark')).toContain('color-scheme:dark;');
    expect(rule('.dark')).toContain('--mui-palette-background-default:#121212;');
  });

  it('holds CssBaseline with the theme’s overrides, the fields and the editor’s classes', () => {
    expect(rule('body')).toContain('background-color:var(--mui-palette-background-default);');
    expect(css).toContain('@media (prefers-reduced-motion: reduce)');
    expect(css).toContain('@keyframes mui-auto-fill{');
    expect(rule('.se-field')).toContain('display:inline-flex;');
    expect(rule('.se-condition-row')).toContain('display:grid;');
    expect(rule('.se-condition-row')).toContain('border:1px solid var(--mui-palette-divider);');
    expect(rule('.se-kind')).toContain('display:inline-flex;');
  });

  it('keeps the order in which the app inserted the sheets (the cascade depends on it)', () => {
    const order = [
      'html{',
      '@keyframes mui-auto-fill{',
      '.se-field{',
      ':root{',
      '.se-condition-row{',
    ];
    const places = [...order, '.se-kind{'].map((part) => css.indexOf(part));
    expect(places.every((place) => place >= 0)).toBe(true);
    expect(places).toEqual([...places].sort((a, b) => a - b));
  });

  it('is the same from the Russian theme (which differs only in MUI’s texts)', () => {
    expect(renderStaticCss(createElement(StaticStyles, { theme: russianTheme }))).toBe(css);
  });

  it('refuses an element that renders more than global style sheets', () => {
    expect(() => renderStaticCss(createElement('p', null, 'lost'))).toThrow(/<p>lost<\/p>/);
  });

  it('is the virtual module of the Vite plugin, which watches the modules it comes from', async () => {
    const plugin = staticStyles();
    const watched: string[] = [];
    // The hooks as plain functions (the plugin defines them so), called as Vite would.
    const hook = (name: 'configResolved' | 'resolveId' | 'load') =>
      plugin[name] as unknown as (this: unknown, ...args: unknown[]) => unknown;
    hook('configResolved')({ root });
    const id = hook('resolveId')(STATIC_STYLES_ID) as string;
    expect(id.endsWith('.css')).toBe(true);
    const loaded = await hook('load').call(
      { addWatchFile: (file: string) => watched.push(file) },
      id,
    );
    expect(loaded).toBe(css);
    expect(watched).toEqual(
      expect.arrayContaining([
        join(root, 'src/app/static-styles.tsx'),
        join(root, 'src/editor/editor-styles.ts'),
        join(root, 'src/app/theme-options.ts'),
      ]),
    );
  });
});
