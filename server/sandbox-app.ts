import type { HttpBindings } from '@hono/node-server';
import { Hono, type Context } from 'hono';
import * as z from 'zod/mini';
import {
  API_ENDPOINTS,
  API_METHODS,
  API_PREFIX,
  validationError,
  type ApiMethod,
  type WireFormat,
} from '../src/segment';
import { authorize } from './auth';
import { envelopeResponse, errorResponse, requestedFormat, SUCCESS_TEXT } from './envelope';
import { faultRequestSchema, FaultState, injectFault } from './faults';
import { gateway } from './gateway';
import {
  addSegment,
  databaseInfo,
  deleteSegment,
  findDatabase,
  findSegment,
  page,
  segmentInfo,
  updateSegment,
} from './operations';
import { apiBodyLimit } from './limits';
import { bodyIssueText, readBody } from './requests';
import type { SandboxStore } from './store';
import { guardXmlBody } from './xml-guard';

/** Options of {@link createSandboxApp}. */
export interface SandboxAppOptions {
  store: SandboxStore;
  /** The API token the sandbox accepts. */
  token: string;
  /** Enables fault injection and its control endpoints under `/__sandbox/`. */
  faults?: boolean;
  /**
   * Lets requests that carry no token through, as if the server had added it (sandbox mode of
   * `npm run dev` / `npm run serve`, where the browser holds no token). A wrong token is refused.
   */
  injectToken?: boolean;
  /** Bodies above this are refused with 413 (default 6 MB). */
  maxBodyBytes?: number;
  /** Other origins that may call the API and the control endpoints (ALLOWED_ORIGINS). */
  allowedOrigins?: readonly string[];
  /** Requires a signed editor session on every API call (EDITOR_SESSION_SECRET). */
  sessionSecret?: string | undefined;
}

type Env = { Bindings: Partial<HttpBindings> };

/** The validated request body of `method`. */
type RequestOf<M extends ApiMethod> = z.infer<(typeof API_ENDPOINTS)[M]['request']>;

interface Answer {
  data: unknown;
  /** Fields beside `data` (paging). */
  extra?: Record<string, unknown>;
}

/**
 * The Altcraft-compatible sandbox API as a Hono app: `/api/v1.1/<group>/<method>` (with or without
 * the trailing slash), `/healthz`, and with `faults` the control endpoints `/__sandbox/faults` and
 * `/__sandbox/reset`.
 */
export function createSandboxApp(options: SandboxAppOptions): Hono<Env> {
  const { store, token } = options;
  const faults = options.faults ? new FaultState() : undefined;
  const app = new Hono<Env>();

  app.get('/healthz', (c) => c.text('ok'));
  app.use(
    '*',
    gateway({
      allowedOrigins: options.allowedOrigins ?? [],
      sessionSecret: options.sessionSecret,
    }),
  );
  app.use(`${API_PREFIX}/*`, apiBodyLimit(options.maxBodyBytes));

  /** One endpoint: read, (fault), authorise, validate, run, reply. */
  const endpoint = (method: ApiMethod, run: (input: unknown) => Answer | Promise<Answer>) => {
    const { request: schema, reply: responseSchema } = API_ENDPOINTS[method];
    const issueText = bodyIssueText(method);
    return async (c: Context<Env>): Promise<Response> => {
      const text = await c.req.text();
      let format: WireFormat = requestedFormat(text);
      const fault = faults?.take(method);
      if (fault) {
        try {
          const injected = await injectFault(c, fault, format);
          if (injected) return injected;
        } catch {
          return new Response(null, { status: 500 });
        }
      }
      try {
        // XML is costly to parse: its size and token are checked first (a cheap linear scan).
        const scan = guardXmlBody(text, c.req.header('content-type'));
        if (scan.xml && !scan.tokenUnread && (scan.token !== undefined || !options.injectToken))
          authorize(scan.token, c.req.header('authorization'), token, options.injectToken);
        const raw = readBody(text, c.req.header('content-type'), schema);
        format = raw.format === 'xml' ? 'xml' : 'json';
        authorize(raw.token, c.req.header('authorization'), token, options.injectToken);
        const parsed = z.safeParse(schema, raw, issueText && { error: issueText });
        if (!parsed.success) throw validationError(parsed.error);
        const answer = await run(parsed.data);
        return envelopeResponse(
          { error: 0, error_text: SUCCESS_TEXT, data: answer.data, ...answer.extra },
          format,
          responseSchema,
        );
      } catch (error) {
        return errorResponse(error, format);
      }
    };
  };

  /** What each method does; its bodies and route come from the contract's endpoint table. */
  const run: { [M in ApiMethod]: (input: RequestOf<M>) => Answer | Promise<Answer> } = {
    'segments/update': async (request) => ({
      data: { saved_id: await store.mutate((draft) => updateSegment(draft, request)) },
    }),
    'segments/add': async (request) => ({
      data: { saved_id: await store.mutate((draft) => addSegment(draft, request)) },
    }),
    'segments/get': ({ id }) => ({ data: segmentInfo(findSegment(store.data, id)) }),
    'segments/list': ({ from_id, limit }) => {
      const { data, ...extra } = page(store.data.segments, from_id, limit);
      return {
        data: data.map((s) => ({ id: s.id, name: s.name, count: s.count, list_id: s.list_id })),
        extra,
      };
    },
    'segments/delete': async ({ id }) => ({
      data: { deleted_id: await store.mutate((draft) => deleteSegment(draft, id)) },
    }),
    'databases/list': ({ from_id, limit }) => {
      const { data, ...extra } = page(store.data.databases, from_id, limit);
      return { data: data.map(databaseInfo), extra };
    },
    'databases/get': ({ id }) => ({ data: databaseInfo(findDatabase(store.data, id)) }),
    'databases/fields_get': ({ id }) => ({ data: findDatabase(store.data, id).fields }),
  };

  for (const method of API_METHODS) {
    // Each body was validated with its method's schema, so it is that method's input.
    const handler = endpoint(method, run[method] as (input: unknown) => Answer | Promise<Answer>);
    app.post(`${API_PREFIX}/${method}`, handler);
    app.post(`${API_PREFIX}/${method}/`, handler);
  }

  if (faults) {
    app.post('/__sandbox/faults', async (c) => {
      const parsed = faultRequestSchema.safeParse(await c.req.json().catch(() => undefined));
      if (!parsed.success)
        return c.json({ ok: false, error: validationError(parsed.error).message }, 400);
      faults.arm(parsed.data);
      return c.json({ ok: true });
    });
    app.delete('/__sandbox/faults', (c) => {
      faults.clear();
      return c.json({ ok: true });
    });
    app.post('/__sandbox/reset', async (c) => {
      faults.clear();
      await store.reset();
      return c.json({ ok: true });
    });
  }
  return app;
}
