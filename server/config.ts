import { z } from 'zod';
import { issuesFromZod, type AppConfig } from '../src/segment';

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

/**
 * How long Altcraft may take by default: shorter than the editor's own 15 s timeout
 * (`DEFAULT_TIMEOUT_MS` of src/api/client.ts), so that a person sees the proxy's 504, which says the
 * save may have been applied, rather than a bare timeout of the browser.
 */
export const DEFAULT_UPSTREAM_TIMEOUT_MS = 12_000;

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
  EDITOR_SESSION_SECRET: z
    .string()
    .optional()
    .refine((text) => !text || text.length >= 32, {
      error: 'must be at least 32 characters (e.g. openssl rand -base64 32)',
    }),
  ALTCRAFT_TIMEOUT_MS: z
    .string()
    .optional()
    .transform((text) => (text ? Number(text) : DEFAULT_UPSTREAM_TIMEOUT_MS))
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
  /** With it, every API call needs a signed editor session (server/session.ts). */
  sessionSecret: string | undefined;
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
    sessionSecret: e.EDITOR_SESSION_SECRET || undefined,
    port: e.PORT,
    host: e.HOST || '127.0.0.1',
    distDir: e.DIST_DIR || 'dist',
  };
}

/**
 * The public part of the configuration, served as `/app-config.json` (never a token): `tokenInjected`
 * is true when the server adds the API token, so the browser needs none.
 */
export function appConfigOf(
  config: Pick<ServerConfig, 'api' | 'allowedOrigins'>,
): AppConfig & { mode: ApiConfig['mode'] } {
  return {
    allowedOrigins: config.allowedOrigins,
    tokenInjected: config.api.mode === 'sandbox' || config.api.token !== undefined,
    mode: config.api.mode,
  };
}

const loopback = (host: string) =>
  host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);

/**
 * What is risky about this configuration, as sentences to print loudly at start-up: the account's
 * token offered to anyone who can reach a non-loopback address, with no session to say who they are.
 */
export function configWarnings(config: ServerConfig): string[] {
  const warnings: string[] = [];
  if (
    config.api.mode === 'proxy' &&
    config.api.token &&
    !config.sessionSecret &&
    !loopback(config.host)
  ) {
    warnings.push(
      `ALTCRAFT_TOKEN is set, HOST is ${config.host} and EDITOR_SESSION_SECRET is not: anyone who can reach this port can read, change and delete segments with the Altcraft account's token. Set EDITOR_SESSION_SECRET (sessions minted by your portal), or put the portal's own authentication in front of this server (README "Deployment").`,
    );
  }
  if (config.api.mode === 'proxy' && config.api.timeoutMs >= 15_000) {
    warnings.push(
      `ALTCRAFT_TIMEOUT_MS is ${config.api.timeoutMs}: at 15000 or more the editor times out first and cannot tell the person that a save may have been applied.`,
    );
  }
  return warnings;
}
