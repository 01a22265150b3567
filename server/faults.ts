import type { HttpBindings } from '@hono/node-server';
import type { Context } from 'hono';
import { z } from 'zod';
import type { WireFormat } from '../src/segment';
import { apiError, envelopeResponse } from './envelope';

/*
 * Fault injection for tests (SANDBOX_FAULTS=1 only): the next `count` API requests (optionally only
 * those to `paths`) fail in one of the ways a real network and a real Altcraft fail.
 */

export const faultModes = ['http500', 'html', 'slow', 'drop', 'malformed', 'api-error'] as const;
export type FaultMode = (typeof faultModes)[number];

/** The body of `POST /__sandbox/faults`. */
export const faultRequestSchema = z.object({
  mode: z.enum(faultModes),
  count: z.number().int().min(1).max(1000).default(1),
  /** For `slow`: how long the reply is held back before it is answered normally. */
  delayMs: z.number().int().min(0).max(600_000).default(20_000),
  /** API methods affected, e.g. `segments/update`; all when absent. */
  paths: z.array(z.string().min(1)).optional(),
  /** For `api-error`: the `error` and `error_text` sent. */
  error: z.number().int().min(1).default(apiError.internal),
  errorText: z.string().default('Simulated failure of the sandbox (fault injection).'),
});
export type FaultRequest = z.infer<typeof faultRequestSchema>;
/** What a client sends to `POST /__sandbox/faults` (defaults not yet applied). */
export type FaultRequestInput = z.input<typeof faultRequestSchema>;

const normalisePath = (path: string): string => path.replace(/^\/+|\/+$/g, '');

/** The armed fault, if any. */
export class FaultState {
  private armed: (FaultRequest & { remaining: number }) | undefined;

  arm(fault: FaultRequest): void {
    this.armed = { ...fault, paths: fault.paths?.map(normalisePath), remaining: fault.count };
  }

  clear(): void {
    this.armed = undefined;
  }

  /** The fault to inject into a request to API method `method` (e.g. `segments/update`), consumed. */
  take(method: string): FaultRequest | undefined {
    const fault = this.armed;
    if (!fault || fault.remaining <= 0) return undefined;
    if (fault.paths && !fault.paths.includes(normalisePath(method))) return undefined;
    fault.remaining -= 1;
    if (fault.remaining === 0) this.armed = undefined;
    return fault;
  }
}

const htmlPage = `<!doctype html>
<html><head><title>502 Bad Gateway</title></head>
<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>
`;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Answers `fault` for the request in `c`, or returns undefined when the request should then be
 * answered normally (after the delay of a `slow` fault).
 */
export async function injectFault(
  c: Context<{ Bindings: Partial<HttpBindings> }>,
  fault: FaultRequest,
  format: WireFormat,
): Promise<Response | undefined> {
  switch (fault.mode) {
    case 'http500':
      return new Response('Internal Server Error\n', {
        status: 500,
        headers: { 'Content-Type': 'text/plain' },
      });
    case 'html':
      return new Response(htmlPage, {
        status: 502,
        headers: { 'Content-Type': 'text/html; charset=utf-8' },
      });
    case 'slow':
      await sleep(fault.delayMs);
      return undefined;
    case 'drop':
      // Without the Node request (e.g. app.fetch in a test) there is no socket to drop: fail as a network error would.
      c.env.incoming?.socket.destroy();
      throw new Error('connection dropped by fault injection');
    case 'malformed':
      return new Response('{"error":0,"error_text":"Successful operation","data":{"saved_id":', {
        status: 200,
        headers: { 'Content-Type': 'application/json; charset=utf-8' },
      });
    case 'api-error':
      return envelopeResponse({ error: fault.error, error_text: fault.errorText }, format);
  }
}
