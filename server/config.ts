import { z } from 'zod';
import { issuesFromZod } from '../src/segment';

/*
 * The server side's configuration, from the environment (README "Server side" lists every variable).
 * Parsed once with zod: a wrong value stops the process with a message naming the variable.
 */

/** The configuration is unusable; the message names the variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const port = (fallback: number) =>
  z
    .string()
    .optional()
    .transform((text) => (text === undefined || text === '' ? fallback : Number(text)))
    .pipe(z.number().int().min(0).max(65535, { error: 'must be a port number (0 to 65535)' }));

const origin = z.string().refine(
  (text) => {
    try {
      return new URL(text).origin === text;
    } catch {
      return false;
    }
  },
  {
    error: (issue) =>
      `"${String(issue.input)}" is not an origin such as https://portal.example.com (scheme, host and port only)`,
  },
);

const envSchema = z.object({
  PORT: z.string().optional(),
  HOST: z.string().optional(),
  DIST_DIR: z.string().optional(),
  SANDBOX_DATA: z.string().optional(),
  SANDBOX_TOKEN: z.string().optional(),
  SANDBOX_FAULTS: z.string().optional(),
  ALTCRAFT_URL: z
    .string()
    .optional()
    .refine((text) => !text || /^https?:\/\/[^/]+/i.test(text), {
      error: 'must be an http(s) URL such as https://example.altcraft.com',
    }),
  ALTCRAFT_TOKEN: z.string().optional(),
  ALTCRAFT_TIMEOUT_MS: z
    .string()
    .optional()
    .transform((text) => (text ? Number(text) : 30_000))
    .pipe(
      z.number().int().min(100, { error: 'must be a whole number of milliseconds, at least 100' }),
    ),
  ALLOWED_ORIGINS: z
    .string()
    .optional()
    .transform((text) =>
      (text ?? '')
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .pipe(z.array(origin)),
});

/** Where `/api/v1.1/` goes. */
export type ApiConfig =
  | { mode: 'sandbox'; dataFile: string; token: string; faults: boolean }
  | { mode: 'proxy'; url: string; token: string | undefined; timeoutMs: number };

/** Everything `npm run serve` and the Vite plugin need. */
export interface ServerConfig {
  api: ApiConfig;
  /** Origins allowed to embed the editor (CSP frame-ancestors) and to talk to it (embed bridge). */
  allowedOrigins: string[];
  port: number;
  host: string;
  distDir: string;
}

/** Reads the configuration from `env`; throws a ConfigError naming the variable at fault. */
export function configFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  defaultPort = 8080,
): ServerConfig {
  const parsed = envSchema.extend({ PORT: port(defaultPort) }).safeParse(env);
  if (!parsed.success) {
    const issue = issuesFromZod(parsed.error)[0];
    throw new ConfigError(
      `Configuration: ${issue?.path.replace(/[.[].*$/, '') ?? '?'} ${issue?.message ?? 'is invalid'}.`,
    );
  }
  const e = parsed.data;
  const api: ApiConfig = e.ALTCRAFT_URL
    ? {
        mode: 'proxy',
        url: e.ALTCRAFT_URL,
        token: e.ALTCRAFT_TOKEN || undefined,
        timeoutMs: e.ALTCRAFT_TIMEOUT_MS,
      }
    : {
        mode: 'sandbox',
        dataFile: e.SANDBOX_DATA || '.sandbox/data.json',
        token: e.SANDBOX_TOKEN || 'sandbox',
        faults: e.SANDBOX_FAULTS === '1',
      };
  return {
    api,
    allowedOrigins: e.ALLOWED_ORIGINS,
    port: e.PORT,
    host: e.HOST || '127.0.0.1',
    distDir: e.DIST_DIR || 'dist',
  };
}

/** The public part of the configuration, served as `/app-config.json` (never a token). */
export interface AppConfig {
  allowedOrigins: string[];
  /** True when the server adds the API token, so the browser needs none. */
  tokenInjected: boolean;
  mode: ApiConfig['mode'];
}

export function appConfigOf(config: Pick<ServerConfig, 'api' | 'allowedOrigins'>): AppConfig {
  return {
    allowedOrigins: config.allowedOrigins,
    tokenInjected: config.api.mode === 'sandbox' || config.api.token !== undefined,
    mode: config.api.mode,
  };
}
