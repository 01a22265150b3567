import type { SegmentRequest } from '../segment';
import type { SaveStatus } from './use-save';

/**
 * What the embedding layer (src/app/embedded-app.tsx) needs from the editor screen: a way to save
 * when the host asks, and to hear changes and save results to report them as protocol events.
 */
export interface EmbedHooks {
  /** Receives the screen's save function (the host's `save` message calls it). */
  onSaveReady: (save: () => void) => void;
  /** The request changed (after the editor's pause in typing): is it valid, and unsaved? */
  onChange: (request: SegmentRequest, valid: boolean, dirty: boolean) => void;
  /** The save status changed (saved, refused, failed, ...). */
  onStatus: (status: SaveStatus) => void;
  /** Loading the segment failed with this message. */
  onLoadError: (message: string) => void;
}
