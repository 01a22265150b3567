import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CodecError,
  envelopeSchema,
  MAX_DEPTH,
  parseRequest,
  parseResponse,
  readText,
  refuseReservedKeys,
  validateValue,
} from '.';
import { readFixture } from './fixtures';

/*
 * The JSON depth limit is checked by a scan that jumps from bracket to bracket and over strings,
 * before JSON.parse. These prove that it counts exactly the nesting outside strings (escapes
 * included), refuses with the place named, before parsing, and ahead of any reserved key.
 */

function failure(run: () => unknown): CodecError {
  try {
    run();
  } catch (error) {
    if (error instanceof CodecError) return error;
    throw error;
  }
  throw new Error('no error thrown');
}

/** A JSON object whose field `a` holds lists nested `levels` deep (the root is one level more). */
const nested = (levels: number) => `{"a":${'['.repeat(levels)}${']'.repeat(levels)}}`;
const deepMessage = `objects and lists are nested more than ${MAX_DEPTH} levels deep`;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the JSON depth limit', () => {
  it('accepts nesting up to the limit and refuses one level more, naming the place', () => {
    expect(readText(nested(MAX_DEPTH - 1), envelopeSchema)).toEqual(
      JSON.parse(nested(MAX_DEPTH - 1)),
    );
    const error = failure(() => readText(nested(MAX_DEPTH), envelopeSchema));
    expect(error.code).toBe('too-deep');
    expect(error.message).toBe(
      `JSON line 1, column ${5 + MAX_DEPTH}: ${deepMessage}; a segment request is never that deep.`,
    );
  });

  it('refuses deep JSON that is also broken as too deep, not as a syntax error', () => {
    const error = failure(() => parseRequest(`{"a":${'['.repeat(50_000)}`));
    expect(error.code).toBe('too-deep');
    expect(error.message).toMatch(/^JSON line 1, column \d+: objects and lists are nested/);
  });

  it('refuses deep JSON as too deep even when a reserved key comes first', () => {
    const error = failure(() => parseRequest(`{"__proto__":{},"b":${nested(100)}}`));
    expect(error.code).toBe('too-deep');
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    const text = JSON.stringify({ name: `\\"${'['.repeat(100)}"{{{` });
    expect(readText(text, envelopeSchema)).toEqual(JSON.parse(text));
    const quoted = `{"a":"\\"${'['.repeat(40)}","b":"\\\\\\"${'{'.repeat(40)}"}`;
    expect(readText(quoted, envelopeSchema)).toEqual(JSON.parse(quoted));
  });

  it('counts the brackets after a string that ends in an escaped backslash', () => {
    const text = `{"a":"x\\\\","b":${'['.repeat(40)}${']'.repeat(40)}}`;
    expect(() => JSON.parse(text) as unknown).not.toThrow();
    expect(failure(() => readText(text, envelopeSchema)).code).toBe('too-deep');
  });

  it('refuses deep JSON before parsing it', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const text = `{"a":${'['.repeat(2_000_000)}${']'.repeat(2_000_000)}}`;
    expect(failure(() => readText(text, envelopeSchema)).code).toBe('too-deep');
    expect(parse).not.toHaveBeenCalled();
  });

  it('still refuses a reserved key with its path when the nesting is fine', () => {
    const text = readFixture('dynamic', 'json').replace('"compo":', '"constructor":1,"compo":');
    const error = failure(() => parseRequest(text));
    expect(error.code).toBe('reserved-key');
    expect(error.message).toMatch(/^segment\[0\]\.queries\[0\]\.constructor: /);
  });

  it('leaves the path it is given as it was', () => {
    const path = ['request'];
    const error = failure(() => refuseReservedKeys({ a: [{ prototype: 1 }] }, path));
    expect(error.message).toMatch(/^request\.a\[0\]\.prototype: /);
    expect(path).toEqual(['request']);
  });

  it('refuses a too-deep API reply with the same error as a request', () => {
    const reply = `{"error":0,"error_text":"ok","data":${nested(40)}}`;
    const error = failure(() => parseResponse(reply));
    expect(error.code).toBe('too-deep');
    expect(error.message).toMatch(/^JSON line 1, column \d+: objects and lists are nested/);
  });

  it('validates one read value against several schemas', () => {
    const text = readFixture('get-response', 'json');
    const value = readText(text, envelopeSchema);
    expect(validateValue(value, envelopeSchema)).toEqual(parseResponse(text, envelopeSchema));
    expect(failure(() => validateValue({ error: 'x' }, envelopeSchema)).code).toBe('invalid');
  });
});
