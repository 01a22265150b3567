import { afterEach, describe, expect, it } from 'vitest';
import { envelopeSchema, idRequestSchema, type WireFormat } from '../segment';
import { createApiClient, type ApiClientOptions } from './client';
import { ApiError } from './errors';
import { getSegment } from './get-segment';
import {
  recordingFetch,
  startTestSandbox,
  TOKEN,
  sharedTestSandbox,
} from '../../server/test-sandbox';

const sandbox = sharedTestSandbox();

const recorder = recordingFetch();
afterEach(() => {
  // Whatever failed, the token never travelled in a URL.
  for (const call of recorder.calls.splice(0)) expect(call.url).not.toContain(TOKEN);
});

const client = (options: ApiClientOptions = {}) =>
  createApiClient({ apiBase: sandbox.apiBase, token: TOKEN, fetch: recorder.fetch, ...options });

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  const apiError = error as ApiError;
  expect(apiError.message).not.toContain(TOKEN);
  expect(JSON.stringify(apiError)).not.toContain(TOKEN);
  return apiError;
}

describe.each<WireFormat>(['json', 'xml'])('a failed call (%s)', (format) => {
  const formats = { requestFormat: format, responseFormat: format };

  it('is an http error on HTTP 500, worth retrying', async () => {
    await sandbox.fault({ mode: 'http500' });
    const error = await failure(getSegment(client(formats), 1));
    expect(error).toMatchObject({
      kind: 'http',
      status: 500,
      messageKey: 'httpServer',
      retryable: true,
    });
    expect(error.message).toBe(
      'The server failed with HTTP 500. Try again in a moment; if it keeps failing, contact the administrator.',
    );
  });

  it('is an http error naming the HTML page of a failing proxy', async () => {
    await sandbox.fault({ mode: 'html' });
    const error = await failure(getSegment(client(formats), 1));
    expect(error).toMatchObject({ kind: 'http', status: 502, messageKey: 'html', retryable: true });
    expect(error.message).toContain(
      'The server answered with an HTML page instead of API data (HTTP 502)',
    );
    expect(error.message).toContain(sandbox.apiBase);
  });

  it('is a timeout when the answer takes longer than the client waits', async () => {
    await sandbox.fault({ mode: 'slow', delayMs: 3000 });
    const error = await failure(getSegment(client({ ...formats, timeoutMs: 150 }), 1));
    expect(error).toMatchObject({ kind: 'timeout', retryable: true, status: undefined });
    expect(error.message).toBe(
      `No answer within 0.2 s from ${sandbox.apiBase}. The server may be busy: try again.`,
    );
  });

  it('is a network error when the connection drops', async () => {
    await sandbox.fault({ mode: 'drop' });
    const error = await failure(getSegment(client(formats), 1));
    expect(error).toMatchObject({ kind: 'network', retryable: true, status: undefined });
    expect(error.message).toBe(
      `Could not reach the server at ${sandbox.apiBase}. Check the network connection, then try again.`,
    );
  });

  it('is a parse error, not a crash, on a truncated reply', async () => {
    await sandbox.fault({ mode: 'malformed' });
    const error = await failure(getSegment(client(formats), 1));
    expect(error).toMatchObject({
      kind: 'parse',
      status: 200,
      messageKey: 'parse',
      retryable: false,
    });
    expect(error.message).toMatch(
      /^The server answered, but not with API data that the editor can read \(JSON /,
    );
  });

  it("is an api error with Altcraft's code and text, never retried", async () => {
    await sandbox.fault({ mode: 'api-error', error: 403, errorText: 'Access denied' });
    const error = await failure(getSegment(client(formats), 1));
    expect(error).toMatchObject({ kind: 'api', code: 403, status: 200, retryable: false });
    expect(error.message).toBe('Altcraft refused the request (error 403): Access denied');
  });

  it('masks the token when a server quotes it back', async () => {
    await sandbox.fault({ mode: 'api-error', error: 401, errorText: `Token ${TOKEN} has expired` });
    const error = await failure(getSegment(client(formats), 1));
    expect(error.message).toBe('Altcraft refused the request (error 401): Token ••• has expired');
  });
});

describe('an unreachable API', () => {
  it('is a network error', async () => {
    const closed = await startTestSandbox();
    const apiBase = closed.apiBase;
    await closed.close();
    const error = await failure(getSegment(client({ apiBase }), 1));
    expect(error.kind).toBe('network');
  });

  it('is an api error with the HTTP status on an unknown method', async () => {
    const error = await failure(
      client().call({
        method: 'segments/nope',
        body: { id: 1 },
        bodySchema: idRequestSchema,
        replySchema: envelopeSchema,
      }),
    );
    expect(error).toMatchObject({ kind: 'api', status: 404, code: 404 });
  });
});

describe("the caller's abort", () => {
  it('is passed through as is, not turned into an ApiError', async () => {
    await sandbox.fault({ mode: 'slow', delayMs: 3000 });
    const controller = new AbortController();
    const pending = getSegment(client(), 1, controller.signal);
    const reason = new Error('unmounted');
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });
});
