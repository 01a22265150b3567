import type * as z from 'zod/mini';

/** Why a text could not be read as a request or reply. */
export type CodecErrorCode =
  | 'too-large'
  | 'empty'
  | 'syntax'
  | 'doctype'
  | 'too-deep'
  | 'wrong-root'
  | 'wrong-type'
  | 'invalid'
  /** A field named `__proto__`, `constructor` or `prototype`. */
  | 'reserved-key'
  /** Browser only: XML was read before loadXmlCodec() finished. */
  | 'unavailable';

/** One problem found in an input, at a path such as `segment[0].queries[1].operator`. */
export interface CodecIssue {
  path: string;
  message: string;
}

/**
 * The only error the codecs throw. `message` names the path and the problem in words a person can
 * act on; `issues` lists every problem found (a zod validation can find several).
 */
export class CodecError extends Error {
  override readonly name = 'CodecError';
  constructor(
    readonly code: CodecErrorCode,
    message: string,
    readonly issues: readonly CodecIssue[] = [],
  ) {
    super(message);
  }
}

/** Formats a path array as `segment[0].queries[1].operator`; the root is `(request)`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(request)';
}

/** zod issues as `{ path, message }`, the form every boundary reports. */
export function issuesFromZod(error: z.core.$ZodError): CodecIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

/** A CodecError for a failed validation, whose message lists the first problems with their paths. */
export function validationError(error: z.core.$ZodError): CodecError {
  const issues = issuesFromZod(error);
  const shown = issues.slice(0, 3).map((i) => `${i.path}: ${i.message}`);
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
  return new CodecError('invalid', shown.join('; ') + more, issues);
}
