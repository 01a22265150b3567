import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import type { SegmentRequest } from '../segment';
import { createEditorBridge } from './editor-bridge';
import { isEditorMessage, mount, type EditorEventMessage, type EmbedRequest } from './host';
import { editorMessageSchema, type EditorMessage } from './protocol';
import { EDITOR_ORIGIN, FakeWindow, HOST_ORIGIN, framePair } from './test-windows';

const request = { name: 'Yahoo users', list_id: 6, is_static: true, is_refresh_daily: false };

/** A portal page holding the editor's iframe, with DOM objects reduced to what mount() touches. */
function portal(src = `${EDITOR_ORIGIN}/`) {
  const { host, editor } = framePair();
  const iframe = {
    title: '',
    allow: '',
    src: '',
    style: {} as Record<string, string>,
    contentWindow: editor,
    removed: false,
    remove() {
      this.removed = true;
    },
  };
  const appended: unknown[] = [];
  const doc = { baseURI: `${HOST_ORIGIN}/admin/`, defaultView: host, createElement: () => iframe };
  const element = { ownerDocument: doc, appendChild: (child: unknown) => appended.push(child) };
  const handle = mount(element as unknown as HTMLElement, {
    src,
    token: 'secret',
    session: 'session-1',
    segmentId: 14,
    lang: 'ru',
  });
  const fromEditor = (data: unknown, origin = EDITOR_ORIGIN, source: unknown = editor) =>
    host.receive(data, origin, source);
  return { host, editor, iframe, appended, handle, fromEditor };
}

describe('mount', () => {
  it('creates an iframe on the editor URL with the non-secret options and never the token', () => {
    const { iframe, appended } = portal('/editor/?x=1');
    expect(appended).toEqual([iframe]);
    const url = new URL(iframe.src);
    expect(url.origin).toBe(HOST_ORIGIN);
    expect(url.pathname).toBe('/editor/');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      x: '1',
      embed: '1',
      segment: '14',
      lang: 'ru',
    });
    expect(iframe.src).not.toContain('secret');
    expect(iframe.src).not.toContain('session-1');
    expect(iframe.title).toBe('Segment Editor');
  });

  it('sends init with the token to the editor origin only after ready from the iframe', () => {
    const { editor, fromEditor, handle } = portal();
    expect(editor.posted).toEqual([]);
    fromEditor({ v: 1, type: 'segment-editor:ready' }, 'https://evil.example');
    fromEditor(
      { v: 1, type: 'segment-editor:ready' },
      EDITOR_ORIGIN,
      new FakeWindow(EDITOR_ORIGIN),
    );
    expect(editor.posted).toEqual([]);
    expect(handle.ready).toBe(false);
    fromEditor({ v: 1, type: 'segment-editor:ready' });
    expect(handle.ready).toBe(true);
    expect(editor.posted).toEqual([
      {
        message: {
          v: 1,
          type: 'segment-editor:init',
          token: 'secret',
          session: 'session-1',
          segmentId: 14,
          lang: 'ru',
        },
        targetOrigin: EDITOR_ORIGIN,
      },
    ]);
  });

  it('queues save until ready and lets a request set before ready travel in init', () => {
    const { editor, fromEditor, handle } = portal();
    handle.save();
    handle.setSegment(request);
    expect(editor.posted).toEqual([]);
    fromEditor({ v: 1, type: 'segment-editor:ready' });
    expect(editor.posted.map((p) => p.message)).toEqual([
      {
        v: 1,
        type: 'segment-editor:init',
        token: 'secret',
        session: 'session-1',
        request,
        lang: 'ru',
      },
      { v: 1, type: 'segment-editor:save' },
    ]);
    handle.setSegment({ ...request, name: 'Renamed' });
    expect(editor.posted.at(-1)).toEqual({
      message: { v: 1, type: 'segment-editor:set', request: { ...request, name: 'Renamed' } },
      targetOrigin: EDITOR_ORIGIN,
    });
  });

  it('resizes the iframe and passes events to subscribers until they unsubscribe', () => {
    const { iframe, fromEditor, handle } = portal();
    const onResize = vi.fn();
    const onSaved = vi.fn();
    const offResize = handle.on('resize', onResize);
    handle.on('saved', onSaved);
    fromEditor({ v: 1, type: 'segment-editor:resize', height: 640 });
    expect(iframe.style.height).toBe('640px');
    expect(onResize).toHaveBeenCalledWith({ v: 1, type: 'segment-editor:resize', height: 640 });
    offResize();
    handle.off('saved', onSaved);
    fromEditor({ v: 1, type: 'segment-editor:resize', height: 700 });
    fromEditor({ v: 1, type: 'segment-editor:saved', savedId: 3 });
    expect(onResize).toHaveBeenCalledTimes(1);
    expect(onSaved).not.toHaveBeenCalled();
    expect(iframe.style.height).toBe('700px');
  });

  it('ignores malformed editor messages', () => {
    const { fromEditor, handle } = portal();
    const onError = vi.fn();
    handle.on('error', onError);
    fromEditor({ v: 1, type: 'segment-editor:error' });
    fromEditor('segment-editor:error');
    expect(onError).not.toHaveBeenCalled();
  });

  it('stops listening and removes the iframe when destroyed', () => {
    const { host, iframe, handle } = portal();
    handle.destroy();
    expect(iframe.removed).toBe(true);
    expect(host.listeners.size).toBe(0);
  });

  it('completes the handshake with the real editor bridge across two origins', () => {
    const { host, editor, handle } = portal();
    const onInit = vi.fn();
    const onSave = vi.fn();
    const bridge = createEditorBridge({
      window: editor,
      parentOrigins: [HOST_ORIGIN],
      onInit,
      onSave,
      onSet: vi.fn(),
    });
    expect(handle.ready).toBe(true);
    expect(onInit).toHaveBeenCalledWith(
      expect.objectContaining({ token: 'secret', segmentId: 14 }),
    );
    const saved = vi.fn();
    handle.on('saved', saved);
    handle.save();
    expect(onSave).toHaveBeenCalledTimes(1);
    bridge.post({ type: 'segment-editor:saved', savedId: 14 });
    expect(saved).toHaveBeenCalledWith({ v: 1, type: 'segment-editor:saved', savedId: 14 });
    for (const posted of [...host.posted, ...editor.posted])
      expect(posted.targetOrigin).not.toBe('*');
  });
});

describe('isEditorMessage', () => {
  const samples: unknown[] = [
    { v: 1, type: 'segment-editor:ready' },
    { v: 2, type: 'segment-editor:ready' },
    { type: 'segment-editor:ready' },
    { v: 1, type: 'segment-editor:change', request, valid: true, dirty: false },
    {
      v: 1,
      type: 'segment-editor:change',
      request: { ...request, token: 't' },
      valid: true,
      dirty: false,
    },
    { v: 1, type: 'segment-editor:change', request: [], valid: true, dirty: false },
    { v: 1, type: 'segment-editor:change', request, valid: 'yes', dirty: false },
    { v: 1, type: 'segment-editor:saved', savedId: 14 },
    { v: 1, type: 'segment-editor:saved', savedId: 0 },
    { v: 1, type: 'segment-editor:saved', savedId: 1.5 },
    { v: 1, type: 'segment-editor:error', message: 'x' },
    { v: 1, type: 'segment-editor:error', message: 'x', code: 400 },
    { v: 1, type: 'segment-editor:error', message: 'x', code: 'network' },
    { v: 1, type: 'segment-editor:error', message: 'x', code: null },
    { v: 1, type: 'segment-editor:error', message: 'x', code: Number.NaN },
    { v: 1, type: 'segment-editor:error' },
    { v: 1, type: 'segment-editor:resize', height: 10 },
    { v: 1, type: 'segment-editor:resize', height: -1 },
    { v: 1, type: 'segment-editor:resize', height: '10' },
    { v: 1, type: 'segment-editor:init' },
    null,
    'segment-editor:ready',
  ];

  it.each(samples.map((sample) => [JSON.stringify(sample), sample]))(
    'agrees with the editor schema on %s',
    (_name, sample) => {
      expect(isEditorMessage(sample)).toBe(editorMessageSchema.safeParse(sample).success);
    },
  );
});

describe('host types', () => {
  it('accept every message the editor schema accepts', () => {
    expectTypeOf<EditorMessage>().toExtend<EditorEventMessage>();
    expectTypeOf<Omit<SegmentRequest, 'token'>>().toExtend<EmbedRequest>();
  });

  it('are self-contained, so that the file ships as dist/embed.d.ts', () => {
    const source = readFileSync(new URL('./host-types.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/^\s*import\s/m);
    expect(source).not.toMatch(/^export\s+(const|let|function|class|default)\b/m);
  });
});
