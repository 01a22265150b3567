import type { SegmentRequest } from '../segment';
import type { ComparedVersion } from './conflict-diff';
import type { KindSource } from './request-from-info';

/** The segment the editor works on: how it was opened and what it is compared with. */
export interface OpenedDocument {
  /** The key of its draft on this device (also the editor's identity). */
  key: string;
  /** The segment it was loaded as or last saved as; undefined for a new one. */
  segmentId: number | undefined;
  request: SegmentRequest;
  /** Where the kind came from; `new` for a new segment. */
  kindSource: KindSource | 'new';
  /** The server's version (name and rules) when it was loaded or saved. */
  server: ComparedVersion | undefined;
}
