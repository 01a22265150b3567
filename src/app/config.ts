import * as z from 'zod/mini';
import { API_PREFIX, messageLocales } from '../segment';

/*
 * The page's configuration, from the URL query (DESIGN.md, "Configuration of the page"). Each
 * parameter is parsed on its own: a bad one falls back to its default and is reported, the others
 * still apply. The API token is never read from the URL.
 */

const flag = z.pipe(
  z.enum(['', '1', 'true', 'yes', '0', 'false', 'no']),
  z.transform((value) => value === '' || value === '1' || value === 'true' || value === 'yes'),
);

const positiveInt = z.coerce.number().check(z.int(), z.positive());

/** Same-origin path or an http(s) URL; never `javascript:` or other schemes. */
const apiBase = z.pipe(
  z
    .string()
    .check(
      z.refine(
        (value) => /^\/(?!\/)/.test(value) || /^https?:\/\/[^\s]+$/i.test(value),
        'must be a path such as /api/v1.1 or an http(s) URL',
      ),
    ),
  z.transform((value) => value.replace(/\/+$/, '')),
);

const fields = {
  segment: z.optional(positiveInt),
  list: z.optional(positiveInt),
  apiBase: z._default(apiBase, API_PREFIX),
  format: z._default(z.enum(['json', 'xml']), 'json'),
  lang: z.optional(z.enum(messageLocales)),
  theme: z._default(z.enum(['light', 'dark', 'auto']), 'auto'),
  readonly: z._default(flag, false),
  embed: z._default(flag, false),
  /** Milliseconds an API call may take (default 15 000); tests shorten it. */
  timeout: z.optional(z.coerce.number().check(z.int(), z.minimum(500), z.maximum(300_000))),
} as const;

export const configSchema = z.object(fields);
export type AppConfig = z.infer<typeof configSchema>;
type Key = keyof typeof fields;

export interface ParsedConfig {
  config: AppConfig;
  /** Parameters that were ignored, in words: `list: must be a whole number of 1 or more`. */
  problems: string[];
}

const problemText: Record<Key, string> = {
  segment: 'must be a whole number of 1 or more',
  list: 'must be a whole number of 1 or more',
  apiBase: 'must be a path such as /api/v1.1 or an http(s) URL',
  format: 'must be json or xml',
  lang: 'must be en or ru',
  theme: 'must be light, dark or auto',
  readonly: 'must be 1, true, 0 or false',
  embed: 'must be 1, true, 0 or false',
  timeout: 'must be a whole number of milliseconds from 500 to 300000',
};

/** Reads the configuration from a query string (`?list=6&lang=ru`); never throws. */
export function parseConfig(search: string): ParsedConfig {
  const params = new URLSearchParams(search);
  const config: Partial<Record<Key, unknown>> = {};
  const problems: string[] = [];
  // Each parameter is validated once, by its own schema: the object configSchema describes is
  // assembled from those results (a bad one gets its default) instead of being parsed again.
  for (const key of Object.keys(fields) as Key[]) {
    const value = params.get(key) ?? undefined;
    let result = fields[key].safeParse(value);
    if (!result.success) {
      problems.push(`${key}: ${problemText[key]}`);
      result = fields[key].safeParse(undefined);
    }
    if (result.success && result.data !== undefined) config[key] = result.data;
  }
  if (params.has('token')) problems.push('token: the API token is never read from the URL');
  return { config: config as AppConfig, problems };
}
