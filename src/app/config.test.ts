import { describe, expect, it } from 'vitest';
import { parseConfig } from './config';

describe('parseConfig', () => {
  it('gives the defaults for an empty query', () => {
    expect(parseConfig('')).toEqual({
      config: {
        apiBase: '/api/v1.1',
        format: 'json',
        theme: 'auto',
        readonly: false,
        embed: false,
      },
      problems: [],
    });
  });

  it('reads every parameter', () => {
    const { config, problems } = parseConfig(
      '?segment=14&list=6&apiBase=/proxy/api/&format=xml&lang=ru&theme=dark&readonly=1&embed=true&timeout=2000',
    );
    expect(problems).toEqual([]);
    expect(config).toEqual({
      segment: 14,
      list: 6,
      apiBase: '/proxy/api',
      format: 'xml',
      lang: 'ru',
      theme: 'dark',
      readonly: true,
      embed: true,
      timeout: 2000,
    });
  });

  it('treats a bare flag as on and 0 or false as off', () => {
    expect(parseConfig('?readonly').config.readonly).toBe(true);
    expect(parseConfig('?readonly=0&embed=false').config).toMatchObject({
      readonly: false,
      embed: false,
    });
  });

  it('ignores a bad parameter with a reason and keeps the others', () => {
    const { config, problems } = parseConfig(
      '?list=abc&format=yaml&lang=de&theme=pink&segment=-1&readonly=maybe&list=2',
    );
    expect(config).toMatchObject({ format: 'json', theme: 'auto', readonly: false });
    expect(config.list).toBeUndefined();
    expect(config.lang).toBeUndefined();
    expect(problems).toEqual([
      'segment: must be a whole number of 1 or more',
      'list: must be a whole number of 1 or more',
      'format: must be json or xml',
      'lang: must be en or ru',
      'theme: must be light, dark or auto',
      'readonly: must be 1, true, 0 or false',
    ]);
  });

  it('refuses an apiBase that is not a path or an http(s) URL', () => {
    for (const bad of ['javascript:alert(1)', '//evil.example/api', 'ftp://x/api', 'api/v1.1']) {
      const { config, problems } = parseConfig(`?apiBase=${encodeURIComponent(bad)}`);
      expect(config.apiBase).toBe('/api/v1.1');
      expect(problems).toHaveLength(1);
    }
    expect(parseConfig('?apiBase=https://altcraft.example/api/v1.1').config.apiBase).toBe(
      'https://altcraft.example/api/v1.1',
    );
  });

  it('never takes a token from the URL', () => {
    const { config, problems } = parseConfig('?token=secret');
    expect(JSON.stringify(config)).not.toContain('secret');
    expect(problems.join(' ')).not.toContain('secret');
    expect(problems).toHaveLength(1);
  });

  it('rejects fractional and zero ids', () => {
    expect(parseConfig('?list=1.5').problems).toHaveLength(1);
    expect(parseConfig('?segment=0').problems).toHaveLength(1);
  });
});
