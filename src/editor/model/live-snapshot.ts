import { LARGE_SEGMENT, type EditorSnapshot } from './editor-contract';
import { conditionCount, type SegmentDraft } from './draft';
import { SnapshotSchedule } from './snapshot-schedule';
import { IncrementalRequest, type ValidationContext } from './validation';

/**
 * The editor's live snapshot (the request and every problem, for the preview and the summary):
 * rebuilt shortly after each edit, and then only for the groups changed since the last one.
 */
export class LiveSnapshot {
  /** Builds and validates for the snapshot only the groups changed since the last one. */
  private readonly incremental = new IncrementalRequest();
  private readonly schedule: SnapshotSchedule<EditorSnapshot>;

  constructor(
    /** The draft of now, read when the snapshot is built (first when it is first asked for). */
    draft: () => SegmentDraft,
    /** Read at each rebuild: `extras` changes when a whole request replaces the draft. */
    private readonly context: ValidationContext,
  ) {
    this.schedule = new SnapshotSchedule(
      () => this.compute(draft(), 0),
      (current) => this.compute(draft(), current.version + 1),
    );
  }

  get = (): EditorSnapshot => this.schedule.get();
  subscribe = (listener: () => void): (() => void) => this.schedule.subscribe(listener);

  /** What was built for `path` (and inside it) is stale: it is built again next time. */
  forget(path: string): void {
    this.incremental.forget(path);
  }

  /** The draft changed: rebuild after a short pause. */
  changed(): void {
    // Small segments update at once; large ones wait for a pause in typing, so that serializing
    // thousands of conditions never sits between two keystrokes.
    this.schedule.schedule(this.get().size > LARGE_SEGMENT ? 90 : 15);
  }

  /** A whole new draft: its snapshot now, built from scratch. */
  replace(draft: SegmentDraft): EditorSnapshot {
    this.incremental.forget('');
    const snapshot = this.compute(draft, this.get().version + 1);
    this.schedule.set(snapshot);
    return snapshot;
  }

  /** Tells the subscribers again (the messages' language changed). */
  publish(): void {
    this.schedule.publish();
  }

  dispose(): void {
    this.schedule.dispose();
  }

  private compute(draft: SegmentDraft, version: number): EditorSnapshot {
    const { request, issues } = this.incremental.build(draft, this.context.extras);
    return { request, issues, size: conditionCount(draft), version };
  }
}
