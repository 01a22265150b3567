import { afterEach, describe, expect, it, vi } from 'vitest';
import { SnapshotSchedule } from './snapshot-schedule';

afterEach(() => vi.useRealTimers());

describe('SnapshotSchedule', () => {
  it('builds its first value only when asked for it, once', () => {
    const first = vi.fn(() => 1);
    const schedule = new SnapshotSchedule(first, (current) => current + 1);
    expect(first).not.toHaveBeenCalled();
    expect(schedule.get()).toBe(1);
    expect(schedule.get()).toBe(1);
    expect(first).toHaveBeenCalledTimes(1);
  });

  it('recomputes from the first value after a pause, and tells its subscribers once', () => {
    vi.useFakeTimers();
    const schedule = new SnapshotSchedule(
      () => 10,
      (current) => current + 1,
    );
    const heard = vi.fn();
    schedule.subscribe(heard);
    schedule.schedule(15);
    schedule.schedule(15);
    vi.advanceTimersByTime(15);
    expect(heard).toHaveBeenCalledTimes(1);
    expect(schedule.get()).toBe(11);
    schedule.dispose();
  });
});
