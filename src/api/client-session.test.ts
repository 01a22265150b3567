import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../server/sandbox';
import { mintEditorSession } from '../../server/session';
import { tempDir } from '../../server/testing';
import { createApiClient, SESSION_HEADER } from './client';
import { isApiError, type ApiError } from './errors';
import { getSegment } from './get-segment';
import { recordingFetch } from '../../server/test-sandbox';

/* The editor session of an embedded editor (issue 12): sent in a header, refusals told plainly. */

const SECRET = 'client-test-secret-of-32-characters-at-least';
let sandbox: RunningSandbox;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const dir = await tempDir();
  cleanup = dir.cleanup;
  sandbox = await startSandbox({
    dataFile: dir.file,
    injectToken: true,
    sessionSecret: SECRET,
  });
});
afterAll(async () => {
  await sandbox.close();
  await cleanup();
});

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('the call succeeded');
    },
    (error: unknown) => {
      if (!isApiError(error)) throw error;
      return error;
    },
  );

describe('the API client with an editor session', () => {
  it('sends the session in its header only, never in the URL or the body', async () => {
    const session = mintEditorSession({ secret: SECRET, ttlSeconds: 60, userId: 'alice' });
    const recorder = recordingFetch();
    const client = createApiClient({
      apiBase: `${sandbox.url}/api/v1.1`,
      session,
      fetch: recorder.fetch,
    });
    expect((await getSegment(client, 14)).id).toBe(14);
    const [call] = recorder.calls;
    expect(call?.headers[SESSION_HEADER.toLowerCase()]).toBe(session);
    expect(call?.url).not.toContain(session);
    expect(call?.body).not.toContain(session);
    expect(JSON.stringify(client)).not.toContain(session);
  });

  it.each([
    ['no session', undefined, 'sessionMissing', /no session from the portal/],
    [
      'an expired session',
      mintEditorSession({ secret: SECRET, ttlSeconds: 1, now: Date.now() - 5000 }),
      'sessionExpired',
      /session has expired/,
    ],
    [
      'a session of another server',
      mintEditorSession({ secret: `${SECRET}-other`, ttlSeconds: 60 }),
      'sessionInvalid',
      /did not accept this editor session/,
    ],
  ])('tells the person about %s, without retrying', async (_name, session, key, text) => {
    const client = createApiClient({
      apiBase: `${sandbox.url}/api/v1.1`,
      ...(session ? { session } : {}),
    });
    const error: ApiError = await failure(getSegment(client, 14));
    expect(error.messageKey).toBe(key);
    expect(error.message).toMatch(text);
    expect(error.retryable).toBe(false);
    if (session) expect(error.message).not.toContain(session);
  });

  it('uses a session set later, and forgets it', async () => {
    const client = createApiClient({ apiBase: `${sandbox.url}/api/v1.1` });
    client.setSession(mintEditorSession({ secret: SECRET, ttlSeconds: 60 }));
    expect((await getSegment(client, 14)).id).toBe(14);
    client.setSession(undefined);
    expect((await failure(getSegment(client, 14))).messageKey).toBe('sessionMissing');
  });
});

it('shows the proxy’s own explanation of a 504', async () => {
  const text =
    'Altcraft (a.example) did not answer within 12 s. The request may still have been applied.';
  const client = createApiClient({
    fetch: () =>
      Promise.resolve(
        new Response(JSON.stringify({ error: 504, error_text: text }), {
          status: 504,
          headers: { 'Content-Type': 'application/json' },
        }),
      ),
  });
  const error = await failure(getSegment(client, 14));
  expect(error.messageKey).toBe('gateway');
  expect(error.message).toContain('may still have been applied');
  expect(error.status).toBe(504);
});
