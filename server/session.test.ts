import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { envelopeSchema, parseResponse } from '../src/segment';
import { createApi } from './api';
import { configWarnings, configFromEnv } from './config';
import { mintEditorSession, SESSION_HEADER, verifyEditorSession } from './session';
import { callApi, fakeUpstream, listen, tempDir } from './testing';

/* Signed editor sessions: who may use the server's token (issue 12, "Who may use the server's token"). */

const SECRET = 'a-secret-of-at-least-32-characters-1234';
const OTHER = 'another-secret-of-at-least-32-characters';

describe('mintEditorSession and verifyEditorSession', () => {
  it('accepts a fresh session and reads its user', () => {
    const session = mintEditorSession({ secret: SECRET, ttlSeconds: 60, userId: 'alice' });
    expect(verifyEditorSession(session, SECRET)).toMatchObject({ ok: true, userId: 'alice' });
  });

  it('refuses a session past its expiry', () => {
    const session = mintEditorSession({ secret: SECRET, ttlSeconds: 60, now: Date.now() - 61_000 });
    expect(verifyEditorSession(session, SECRET)).toEqual({ ok: false, problem: 'expired' });
  });

  it('refuses a session signed with another secret, and a payload changed after signing', () => {
    const session = mintEditorSession({ secret: OTHER, ttlSeconds: 60 });
    expect(verifyEditorSession(session, SECRET)).toEqual({ ok: false, problem: 'invalid' });
    const [, signature] = mintEditorSession({ secret: SECRET, ttlSeconds: 60 }).split('.');
    const forever = Buffer.from(JSON.stringify({ exp: 9_999_999_999 })).toString('base64url');
    expect(verifyEditorSession(`${forever}.${signature}`, SECRET)).toEqual({
      ok: false,
      problem: 'invalid',
    });
  });

  it.each(['', 'x', 'a.b.c', '.', 'x'.repeat(5000)])('refuses the malformed %j', (text) => {
    expect(verifyEditorSession(text, SECRET).ok).toBe(false);
  });

  it('refuses to mint without a secret or a lifetime', () => {
    expect(() => mintEditorSession({ secret: '', ttlSeconds: 60 })).toThrow(/secret/);
    expect(() => mintEditorSession({ secret: SECRET, ttlSeconds: 0 })).toThrow(/ttlSeconds/);
  });
});

describe.each(['sandbox', 'proxy'] as const)('the %s with EDITOR_SESSION_SECRET', (mode) => {
  let server: { url: string; close: () => Promise<void> };
  let upstream: Awaited<ReturnType<typeof fakeUpstream>>;
  let temp: Awaited<ReturnType<typeof tempDir>>;

  beforeAll(async () => {
    temp = await tempDir();
    upstream = await fakeUpstream();
    const api = await createApi({
      api:
        mode === 'sandbox'
          ? { mode, dataFile: temp.file, token: 'sandbox', faults: false }
          : { mode, url: upstream.url, token: 'real-token', timeoutMs: 2000 },
      allowedOrigins: [],
      sessionSecret: SECRET,
    });
    server = await listen(api.app);
  });
  afterAll(async () => {
    await server.close();
    await upstream.close();
    await temp.cleanup();
  });
  beforeEach(() => {
    upstream.seen.length = 0;
  });

  const get = (session?: string) =>
    callApi(
      server.url,
      'segments/get',
      { id: 14 },
      {
        headers: session === undefined ? {} : { [SESSION_HEADER]: session },
      },
    );

  it('answers a call with a valid session, and never passes the session on', async () => {
    const session = mintEditorSession({ secret: SECRET, ttlSeconds: 60 });
    const { status, text } = await get(session);
    expect(status).toBe(200);
    expect(parseResponse(text, envelopeSchema).error).toBe(0);
    expect(upstream.seen).toHaveLength(mode === 'proxy' ? 1 : 0);
    expect(JSON.stringify(upstream.seen)).not.toContain(session);
  });

  const refused: [string, () => string | undefined, RegExp, string][] = [
    ['missing', () => undefined, /session required/, 'missing'],
    ['forged', () => 'eyJleHAiOjk5OTk5OTk5OTl9.AAAA', /not valid/, 'invalid'],
    [
      'expired',
      () => mintEditorSession({ secret: SECRET, ttlSeconds: 1, now: Date.now() - 5000 }),
      /expired/,
      'expired',
    ],
    [
      'signed with the wrong secret',
      () => mintEditorSession({ secret: OTHER, ttlSeconds: 60 }),
      /not valid/,
      'invalid',
    ],
  ];
  it.each(refused)(
    'refuses a %s session with a 401 envelope',
    async (_n, session, text, problem) => {
      const reply = await get(session());
      expect(reply.status).toBe(401);
      expect(reply.headers.get('x-editor-session-refused')).toBe(problem);
      const envelope = parseResponse(reply.text, envelopeSchema);
      expect(envelope.error).toBe(401);
      expect(envelope.error_text).toMatch(text);
      expect(upstream.seen).toEqual([]);
    },
  );
});

describe('start-up warnings', () => {
  const exposed = {
    ALTCRAFT_URL: 'https://example.altcraft.com',
    ALTCRAFT_TOKEN: 'x',
    HOST: '0.0.0.0',
  };
  it('names the risk of the account token on an open address without sessions', () => {
    const [warning] = configWarnings(configFromEnv(exposed));
    expect(warning).toMatch(/anyone who can reach this port/);
    expect(warning).toMatch(/EDITOR_SESSION_SECRET/);
  });

  it('is quiet on loopback or with a session secret', () => {
    expect(configWarnings(configFromEnv({ ...exposed, HOST: '127.0.0.1' }))).toEqual([]);
    expect(configWarnings(configFromEnv({ ...exposed, EDITOR_SESSION_SECRET: SECRET }))).toEqual(
      [],
    );
  });

  it('refuses a short secret', () => {
    expect(() => configFromEnv({ EDITOR_SESSION_SECRET: 'short' })).toThrow(
      /EDITOR_SESSION_SECRET must be at least 32 characters/,
    );
  });
});
