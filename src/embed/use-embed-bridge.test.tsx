// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { framePair, HOST_ORIGIN } from './test-windows';
import { useEmbedBridge, type UseEmbedBridgeOptions } from './use-embed-bridge';

function setup(enabled = true) {
  const { host, editor } = framePair();
  const initial: UseEmbedBridgeOptions = {
    enabled,
    parentOrigins: [HOST_ORIGIN],
    onInit: vi.fn(),
    onSave: vi.fn(),
    onSet: vi.fn(),
    window: editor,
  };
  const view = renderHook((props: UseEmbedBridgeOptions) => useEmbedBridge(props), {
    initialProps: initial,
  });
  const fromHost = (data: unknown) => act(() => editor.receive(data, HOST_ORIGIN, host));
  return { host, editor, view, initial, fromHost };
}

describe('useEmbedBridge', () => {
  it('announces ready, reports init and calls the latest save handler', () => {
    const { host, view, initial, fromHost } = setup();
    expect(host.posted.map((p) => p.message)).toEqual([{ v: 1, type: 'segment-editor:ready' }]);
    expect(view.result.current.initialized).toBe(false);
    fromHost({ v: 1, type: 'segment-editor:init', token: 'secret' });
    expect(initial.onInit).toHaveBeenCalledWith({
      v: 1,
      type: 'segment-editor:init',
      token: 'secret',
    });
    expect(view.result.current.initialized).toBe(true);
    const onSave = vi.fn();
    view.rerender({ ...initial, parentOrigins: [HOST_ORIGIN], onSave });
    fromHost({ v: 1, type: 'segment-editor:save' });
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(initial.onSave).not.toHaveBeenCalled();
    // A new but equal allow-list did not restart the bridge (no second ready).
    expect(
      host.posted.filter((p) => (p.message as { type: string }).type === 'segment-editor:ready'),
    ).toHaveLength(1);
  });

  it('posts events through the bridge', () => {
    const { host, view } = setup();
    expect(view.result.current.post({ type: 'segment-editor:saved', savedId: 5 })).toBe(true);
    expect(host.posted.at(-1)).toEqual({
      message: { v: 1, type: 'segment-editor:saved', savedId: 5 },
      targetOrigin: HOST_ORIGIN,
    });
  });

  it('does nothing while disabled and stops on unmount', () => {
    const disabled = setup(false);
    expect(disabled.host.posted).toEqual([]);
    expect(disabled.view.result.current.post({ type: 'segment-editor:saved', savedId: 5 })).toBe(
      false,
    );
    const { editor, view } = setup();
    expect(editor.listeners.size).toBe(1);
    view.unmount();
    expect(editor.listeners.size).toBe(0);
  });

  it('reports the height of the given element as resize', () => {
    const { host, view, initial } = setup();
    const element = document.createElement('div');
    element.getBoundingClientRect = () => ({ height: 321.4 }) as DOMRect;
    view.rerender({ ...initial, heightElement: element });
    expect(host.posted.at(-1)?.message).toEqual({
      v: 1,
      type: 'segment-editor:resize',
      height: 322,
    });
  });
});
