import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEditorBridge, type EditorBridgeOptions } from './editor-bridge';
import { EDITOR_ORIGIN, FakeWindow, HOST_ORIGIN, framePair } from './test-windows';

const OTHER_ALLOWED = 'https://portal.example.com';
const request = { name: 'Yahoo users', list_id: 6, is_static: true, is_refresh_daily: false };

const windows: FakeWindow[] = [];

function setup(overrides: Partial<EditorBridgeOptions> = {}) {
  const { host, editor } = framePair();
  windows.push(host);
  const handlers = { onInit: vi.fn(), onSave: vi.fn(), onSet: vi.fn() };
  const bridge = createEditorBridge({
    window: editor,
    parentOrigins: [HOST_ORIGIN, OTHER_ALLOWED],
    ...handlers,
    ...overrides,
  });
  const fromHost = (data: unknown, origin = HOST_ORIGIN, source: unknown = host) =>
    editor.receive(data, origin, source);
  const types = () => host.posted.map((p) => (p.message as { type: string }).type);
  return { host, editor, bridge, handlers, fromHost, types };
}

afterEach(() => {
  // Whatever a test did, the editor never posted to '*'.
  for (const win of windows.splice(0)) {
    for (const posted of win.posted) expect(posted.targetOrigin).not.toBe('*');
  }
});

describe('createEditorBridge', () => {
  it('announces ready to each allowed origin before the parent is known', () => {
    const { host } = setup();
    expect(host.posted).toEqual([
      { message: { v: 1, type: 'segment-editor:ready' }, targetOrigin: HOST_ORIGIN },
      { message: { v: 1, type: 'segment-editor:ready' }, targetOrigin: OTHER_ALLOWED },
    ]);
  });

  it('normalises the allow-list and drops "*" and non-http entries', () => {
    const { host, bridge } = setup({
      parentOrigins: [`${HOST_ORIGIN}/portal/`, '*', 'null', 'file:///x'],
    });
    expect(host.posted.map((p) => p.targetOrigin)).toEqual([HOST_ORIGIN]);
    expect(bridge.parentOrigin).toBe(HOST_ORIGIN);
  });

  it('ignores messages from an origin outside the allow-list entirely', () => {
    const { host, handlers, fromHost } = setup();
    const before = host.posted.length;
    fromHost({ v: 1, type: 'segment-editor:init', token: 't' }, 'https://evil.example');
    fromHost('garbage', 'https://evil.example');
    expect(handlers.onInit).not.toHaveBeenCalled();
    expect(host.posted.length).toBe(before);
  });

  it('ignores messages from a window other than its parent, even of an allowed origin', () => {
    const { host, handlers, fromHost } = setup();
    const before = host.posted.length;
    fromHost({ v: 1, type: 'segment-editor:init' }, HOST_ORIGIN, new FakeWindow(HOST_ORIGIN));
    expect(handlers.onInit).not.toHaveBeenCalled();
    expect(host.posted.length).toBe(before);
  });

  it.each([
    ['a string', 'hello', 'invalid-message'],
    ['an object without type', { v: 1 }, 'invalid-message'],
    ['another version', { v: 2, type: 'segment-editor:init' }, 'unsupported-version'],
    ['no version', { type: 'segment-editor:save' }, 'unsupported-version'],
    ['an unknown type', { v: 1, type: 'segment-editor:ready' }, 'invalid-message'],
    [
      'an invalid request',
      { v: 1, type: 'segment-editor:init', request: { name: '' } },
      'invalid-message',
    ],
    [
      'both an id and a request',
      { v: 1, type: 'segment-editor:init', segmentId: 1, request },
      'invalid-message',
    ],
    [
      'a javascript: apiBase',
      { v: 1, type: 'segment-editor:init', apiBase: 'javascript:alert(1)' },
      'invalid-message',
    ],
  ])('answers %s with an error and changes nothing', (_name, data, code) => {
    const { host, bridge, handlers, fromHost } = setup();
    host.posted.length = 0;
    fromHost(data);
    expect(host.posted).toHaveLength(1);
    expect(host.posted[0]).toMatchObject({
      targetOrigin: HOST_ORIGIN,
      message: { v: 1, type: 'segment-editor:error', code },
    });
    expect(handlers.onInit).not.toHaveBeenCalled();
    expect(bridge.initialized).toBe(false);
  });

  it('names the path and the problem of an invalid request', () => {
    const { host, fromHost } = setup();
    fromHost({ v: 1, type: 'segment-editor:init' });
    fromHost({ v: 1, type: 'segment-editor:set', request: { ...request, list_id: undefined } });
    const error = host.posted.at(-1)?.message as { message: string };
    expect(error.message).toMatch(/^segment-editor:set: request\.list_id: /);
  });

  it('refuses save and set before init', () => {
    const { host, handlers, fromHost } = setup();
    fromHost({ v: 1, type: 'segment-editor:save' });
    expect(handlers.onSave).not.toHaveBeenCalled();
    expect(host.posted.at(-1)?.message).toMatchObject({ code: 'not-initialized' });
  });

  it('hands init (with its token) to onInit and then talks to that origin only', () => {
    const { host, bridge, handlers, fromHost } = setup();
    fromHost(
      { v: 1, type: 'segment-editor:init', token: 'secret', segmentId: 14, lang: 'ru' },
      OTHER_ALLOWED,
    );
    expect(handlers.onInit).toHaveBeenCalledWith({
      v: 1,
      type: 'segment-editor:init',
      token: 'secret',
      segmentId: 14,
      lang: 'ru',
    });
    expect(bridge.parentOrigin).toBe(OTHER_ALLOWED);
    host.posted.length = 0;
    expect(bridge.post({ type: 'segment-editor:saved', savedId: 14 })).toBe(true);
    expect(host.posted).toEqual([
      { message: { v: 1, type: 'segment-editor:saved', savedId: 14 }, targetOrigin: OTHER_ALLOWED },
    ]);
    // The other allowed origin is no longer listened to.
    fromHost({ v: 1, type: 'segment-editor:save' }, HOST_ORIGIN);
    expect(handlers.onSave).not.toHaveBeenCalled();
    fromHost({ v: 1, type: 'segment-editor:save' }, OTHER_ALLOWED);
    expect(handlers.onSave).toHaveBeenCalledTimes(1);
  });

  it('passes a set request to onSet without any token in it', () => {
    const { handlers, fromHost } = setup();
    fromHost({ v: 1, type: 'segment-editor:init' });
    fromHost({ v: 1, type: 'segment-editor:set', request: { ...request, token: 'secret' } });
    expect(handlers.onSet).toHaveBeenCalledWith(request);
  });

  it('never sends the token in a change event', () => {
    const { host, bridge, fromHost } = setup();
    fromHost({ v: 1, type: 'segment-editor:init' });
    bridge.post({
      type: 'segment-editor:change',
      request: { ...request, token: 'secret' } as typeof request,
      valid: true,
      dirty: true,
    });
    expect(JSON.stringify(host.posted)).not.toContain('secret');
    expect(host.posted.at(-1)?.message).toEqual({
      v: 1,
      type: 'segment-editor:change',
      request,
      valid: true,
      dirty: true,
    });
  });

  it('holds events until init when several origins are allowed, keeping the last height', () => {
    const { host, bridge, fromHost } = setup();
    host.posted.length = 0;
    expect(bridge.post({ type: 'segment-editor:resize', height: 300 })).toBe(false);
    expect(bridge.post({ type: 'segment-editor:resize', height: 420 })).toBe(false);
    expect(bridge.post({ type: 'segment-editor:saved', savedId: 1 })).toBe(false);
    expect(host.posted).toEqual([]);
    fromHost({ v: 1, type: 'segment-editor:init' });
    expect(host.posted).toEqual([
      { message: { v: 1, type: 'segment-editor:resize', height: 420 }, targetOrigin: HOST_ORIGIN },
    ]);
  });

  it('reports an exception of a handler as an error without the handler crashing the page', () => {
    const onSave = vi.fn(() => {
      throw new Error('Nothing to save yet.');
    });
    const { host, fromHost } = setup({ onSave });
    fromHost({ v: 1, type: 'segment-editor:init' });
    fromHost({ v: 1, type: 'segment-editor:save' });
    expect(host.posted.at(-1)?.message).toEqual({
      v: 1,
      type: 'segment-editor:error',
      message: 'Nothing to save yet.',
      code: 'failed',
    });
  });

  it('throws on a malformed event of its own caller', () => {
    const { bridge } = setup();
    expect(() => bridge.post({ type: 'segment-editor:resize', height: -1 })).toThrow(TypeError);
  });

  it('stops listening when destroyed', () => {
    const { bridge, handlers, fromHost } = setup();
    bridge.destroy();
    fromHost({ v: 1, type: 'segment-editor:init' });
    expect(handlers.onInit).not.toHaveBeenCalled();
  });

  it('stays silent in a top-level window, whose parent is itself', () => {
    const top = new FakeWindow(EDITOR_ORIGIN);
    top.parent = top;
    top.sender = top;
    windows.push(top);
    const onInit = vi.fn();
    const bridge = createEditorBridge({
      window: top,
      parentOrigins: [EDITOR_ORIGIN],
      onInit,
      onSave: vi.fn(),
      onSet: vi.fn(),
    });
    top.receive({ v: 1, type: 'segment-editor:init' }, EDITOR_ORIGIN, top);
    expect(top.posted).toEqual([]);
    expect(onInit).not.toHaveBeenCalled();
    expect(bridge.post({ type: 'segment-editor:resize', height: 1 })).toBe(false);
  });
});
