import type { EditorEventMessage } from './host-types';

/*
 * Hand-written guards for the messages the editor sends, used by the host helper instead of zod so
 * that `dist/embed.js` stays a few kilobytes. `host.test.ts` checks that they accept and refuse
 * exactly what the editor's zod schemas (`protocol.ts`) accept and refuse.
 */

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isWholeNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value);

/** True when `data` is a well-formed message of protocol version 1 from the editor. */
export function isEditorMessage(data: unknown): data is EditorEventMessage {
  if (!isObject(data) || data.v !== 1) return false;
  switch (data.type) {
    case 'segment-editor:ready':
      return true;
    case 'segment-editor:change':
      return (
        isObject(data.request) &&
        !('token' in data.request) &&
        typeof data.valid === 'boolean' &&
        typeof data.dirty === 'boolean'
      );
    case 'segment-editor:saved':
      return isWholeNumber(data.savedId) && data.savedId > 0;
    case 'segment-editor:error':
      return (
        typeof data.message === 'string' &&
        (data.code === undefined || typeof data.code === 'string' || Number.isFinite(data.code))
      );
    case 'segment-editor:resize':
      return isWholeNumber(data.height) && data.height >= 0;
    default:
      return false;
  }
}
