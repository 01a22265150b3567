import { serve, type ServerType } from '@hono/node-server';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { envelopeSchema, parseResponse, serializeResponse, type WireFormat } from '../src/segment';
import type { z } from 'zod';
import { closeServer } from './sandbox';

/* Helpers for the server tests (and for other engineers' tests against startSandbox). */

/** A fresh temporary folder; `cleanup` removes it. */
export async function tempDir(): Promise<{
  dir: string;
  file: string;
  cleanup: () => Promise<void>;
}> {
  const dir = await mkdtemp(join(tmpdir(), 'segment-editor-'));
  return {
    dir,
    file: join(dir, 'data.json'),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

export interface CallOptions {
  format?: WireFormat;
  /** Sent as `Authorization: Bearer` instead of in the body. */
  bearer?: string;
  /** Content-Type header; default from `format`, `null` for none. */
  contentType?: string | null;
  slash?: boolean;
  headers?: Record<string, string>;
}

/** Posts `body` to `${base}/api/v1.1/${method}/` in `format` (asking for a reply in that format). */
export async function callApi(
  base: string,
  method: string,
  body: Record<string, unknown>,
  options: CallOptions = {},
): Promise<{ status: number; text: string; headers: Headers }> {
  const format = options.format ?? 'json';
  const withFormat = format === 'xml' ? { ...body, format: 'xml' } : body;
  const text = serializeResponse(withFormat, format);
  const headers: Record<string, string> = { ...options.headers };
  const type = options.contentType === undefined ? `application/${format}` : options.contentType;
  if (type !== null) headers['Content-Type'] = type;
  if (options.bearer) headers.Authorization = `Bearer ${options.bearer}`;
  const response = await fetch(`${base}/api/v1.1/${method}${options.slash === false ? '' : '/'}`, {
    method: 'POST',
    headers,
    body: text,
  });
  return { status: response.status, text: await response.text(), headers: response.headers };
}

/** `callApi`, then the reply parsed with `schema` in the format asked for. */
export async function callParsed<T extends z.core.$ZodType = typeof envelopeSchema>(
  base: string,
  method: string,
  body: Record<string, unknown>,
  schema?: T,
  options: CallOptions = {},
): Promise<{ status: number; reply: z.infer<T> }> {
  const { status, text } = await callApi(base, method, body, options);
  return {
    status,
    reply: parseResponse(text, schema ?? envelopeSchema, options.format ?? 'json') as z.infer<T>,
  };
}

/** Serves `app` on 127.0.0.1 with a free port. */
export async function listen(app: {
  fetch: (request: Request, env: never) => Response | Promise<Response>;
}): Promise<{
  url: string;
  close: () => Promise<void>;
}> {
  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve(
      {
        fetch: app.fetch as (request: Request) => Response | Promise<Response>,
        port: 0,
        hostname: '127.0.0.1',
      },
      () => resolve(s),
    );
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => closeServer(server) };
}

/** A request as the fake upstream saw it. */
export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** The fake upstream's answer to one request: write to `res` as a real server would. */
export type UpstreamHandler = (request: SeenRequest, res: ServerResponse) => void;

/**
 * A fake Altcraft on 127.0.0.1 that records every request that reaches it (`seen`) and answers with
 * `handler` (default: a successful empty envelope), which tests may replace (`answer`).
 */
export async function fakeUpstream(): Promise<{
  url: string;
  seen: SeenRequest[];
  answer: (handler: UpstreamHandler) => void;
  close: () => Promise<void>;
}> {
  const seen: SeenRequest[] = [];
  const ok: UpstreamHandler = (_request, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end('{"error":0,"error_text":"Successful operation","data":{"saved_id":1}}');
  };
  let handler = ok;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      seen.push(request);
      handler(request, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    answer: (next) => {
      handler = next;
    },
    close: () => closeServer(server),
  };
}
