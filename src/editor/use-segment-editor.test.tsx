// @vitest-environment happy-dom
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../segment';
import dynamicFixture from '../segment/fixtures/dynamic.json';
import multiFixture from '../segment/fixtures/multi-group.json';
import { addCondition, moveGroup, removeGroup, setKind } from './model/commands';
import { useSegmentEditor } from './use-segment-editor';
import { validateDraft } from './model/validation';

const dynamic = parseRequest(JSON.stringify(dynamicFixture));
const multi = parseRequest(JSON.stringify(multiFixture));

describe('EditorHandle.replace', () => {
  it('keeps the ID of an existing segment, so a save never lands on the segment a pasted request named', () => {
    const { result } = renderHook(() => useSegmentEditor({ initialRequest: dynamic }));
    result.current.replace(multi);
    const request = result.current.getRequest();
    expect(request.id).toBe(14);
    expect(request.name).toBe(multi.name);
    expect(request.segment).toHaveLength(2);
  });

  it('takes the ID of what is brought into a new segment', () => {
    const { id: _id, ...fresh } = dynamic;
    const { result } = renderHook(() => useSegmentEditor({ initialRequest: fresh }));
    result.current.replace(multi);
    expect(result.current.getRequest().id).toBe(31);
  });
});

describe('EditorHandle snapshot', () => {
  it('has, after every kind of edit, exactly the problems of the whole request', async () => {
    const { result } = renderHook(() => useSegmentEditor({ initialRequest: multi }));
    const editor = result.current;
    const settled = () =>
      new Promise<void>((resolve) => {
        const stop = editor.subscribeSnapshot(() => {
          stop();
          resolve();
        });
      });
    const steps: (() => void)[] = [
      () => editor.setField('segment.1.queries.1.operator', ''),
      () => editor.setField('name', ''),
      () => editor.setField('segment.1.queries.1.operator', 'eq'),
      () => void editor.run(addCondition(editor.getDraft(), 0)),
      () => void editor.run(moveGroup(editor.getDraft(), 0, 1)),
      () => editor.setField('segment.0.percent_from', 100),
      () => void editor.undo(),
      () => void editor.run(removeGroup(editor.getDraft(), 1)),
      () => void editor.run(setKind(editor.getDraft(), 'static')),
      () => void editor.undo(),
      () => editor.replace(dynamic),
      () => void editor.undo(),
    ];
    for (const step of steps) {
      const next = settled();
      step();
      await next;
      const { issues, request } = editor.getSnapshot();
      const whole = validateDraft(editor.getDraft(), {
        format: request.format,
        token: request.token,
      });
      expect(issues).toEqual(whole.issues);
      expect(request).toEqual(whole.request);
    }
    expect(editor.getSnapshot().issues.length).toBeGreaterThan(0);
  });
});
