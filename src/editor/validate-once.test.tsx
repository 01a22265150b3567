// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import * as segment from '../segment';
import multiFixture from '../segment/fixtures/multi-group.json';
import { useSegmentEditor } from './use-segment-editor';

// Counts whole-request validations: each one checks the groups' rules once (segmentRuleProblems).
vi.mock('../segment', async (importOriginal) => {
  const original = await importOriginal<typeof segment>();
  return { ...original, segmentRuleProblems: vi.fn(original.segmentRuleProblems) };
});

describe('EditorHandle.validateAll', () => {
  it('validates the whole draft once, and shows its problems', async () => {
    const request = segment.parseRequest(JSON.stringify(multiFixture));
    const { result } = renderHook(() =>
      useSegmentEditor({ initialRequest: { ...request, name: '' } }),
    );
    const count = vi.mocked(segment.segmentRuleProblems);
    count.mockClear();
    let outcome: Awaited<ReturnType<typeof result.current.validateAll>> | undefined;
    await act(async () => {
      outcome = await result.current.validateAll();
    });
    expect(count).toHaveBeenCalledTimes(1);
    expect(outcome?.ok).toBe(false);
    expect(result.current.getError('name')).toBeTruthy();
  });
});
