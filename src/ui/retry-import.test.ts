import { describe, expect, it } from 'vitest';
import { failedModuleUrl } from './retry-import';

const origin = 'http://127.0.0.1:4173';

describe('the module a failed import names', () => {
  it("is read from Chromium's and Firefox's messages, without the query of an earlier try", () => {
    expect(
      failedModuleUrl(
        new TypeError(`Failed to fetch dynamically imported module: ${origin}/assets/menu-a1B2.js`),
        origin,
      ),
    ).toBe(`${origin}/assets/menu-a1B2.js`);
    expect(
      failedModuleUrl(
        new TypeError(`error loading dynamically imported module: ${origin}/assets/x.js?retry=2`),
        origin,
      ),
    ).toBe(`${origin}/assets/x.js`);
  });

  it('is nothing for another origin, a message without a script, or something not an error', () => {
    expect(
      failedModuleUrl(
        new TypeError('Failed to fetch dynamically imported module: https://cdn.example/a.js'),
        origin,
      ),
    ).toBeUndefined();
    expect(
      failedModuleUrl(new TypeError('Importing a module script failed.'), origin),
    ).toBeUndefined();
    expect(failedModuleUrl('offline', origin)).toBeUndefined();
    expect(failedModuleUrl(new TypeError(`... ${origin}/assets/a.js`), undefined)).toBeUndefined();
  });
});
