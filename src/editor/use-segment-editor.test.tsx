// @vitest-environment happy-dom
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../segment';
import dynamicFixture from '../segment/fixtures/dynamic.json';
import multiFixture from '../segment/fixtures/multi-group.json';
import { useSegmentEditor } from './use-segment-editor';

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
