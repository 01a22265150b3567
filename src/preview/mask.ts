import type { SegmentRequest } from '../segment';

/** What the preview shows instead of the API token. */
export const TOKEN_MASK = '••••••••';

/** The request with its token replaced by the mask, so no view can ever print the real one. */
export function maskToken(request: SegmentRequest): SegmentRequest {
  return request.token === undefined ? request : { ...request, token: TOKEN_MASK };
}
