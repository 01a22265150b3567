import { describe, expect, it } from 'vitest';
import { History } from './history';

describe('History', () => {
  it('undoes and redoes steps in order', () => {
    const h = new History();
    h.record([{ path: 'name', before: '', after: 'a' }], undefined, 0);
    h.record([{ path: 'id', before: undefined, after: 1 }], undefined, 10);
    expect(h.undo()?.changes[0]?.path).toBe('id');
    expect(h.getState()).toMatchObject({ canUndo: true, canRedo: true });
    expect(h.redo()?.changes[0]?.path).toBe('id');
    expect(h.getState().canRedo).toBe(false);
  });

  it('merges typing in one field within a pause into one step', () => {
    const h = new History();
    h.record([{ path: 'name', before: '', after: 'a' }], 'name', 0);
    h.record([{ path: 'name', before: 'a', after: 'ab' }], 'name', 300);
    h.record([{ path: 'name', before: 'ab', after: 'abc' }], 'name', 2000);
    const last = h.undo();
    expect(last?.changes).toEqual([{ path: 'name', before: 'ab', after: 'abc' }]);
    expect(h.undo()?.changes).toEqual([{ path: 'name', before: '', after: 'ab' }]);
    expect(h.undo()).toBeUndefined();
  });

  it('forgets the redo steps when a new edit is recorded', () => {
    const h = new History();
    h.record([{ path: 'a', before: 1, after: 2 }]);
    h.undo();
    h.record([{ path: 'b', before: 1, after: 2 }]);
    expect(h.redo()).toBeUndefined();
  });

  it('keeps at least 100 steps', () => {
    const h = new History();
    for (let i = 0; i < 150; i++) h.record([{ path: `f${i}`, before: i, after: i + 1 }]);
    let count = 0;
    while (h.undo()) count++;
    expect(count).toBe(150);
  });

  it('tells subscribers when it changes', () => {
    const h = new History();
    let calls = 0;
    const stop = h.subscribe(() => calls++);
    h.record([{ path: 'a', before: 1, after: 2 }]);
    h.undo();
    stop();
    h.redo();
    expect(calls).toBe(2);
  });
});
