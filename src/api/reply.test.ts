import { describe, expect, it } from 'vitest';
import { savedResponseSchema } from '../segment';
import { ApiError } from './errors';
import { readReply, type RawReply } from './reply';

const context = { apiBase: '/api/v1.1', token: 'tok-1' };
const json = 'application/json';
const html = '<!DOCTYPE html><html><body><h1>Bad gateway</h1></body></html>';

const read = (reply: Partial<RawReply>) =>
  readReply({ status: 200, contentType: json, text: '', ...reply }, savedResponseSchema, context);

function failure(reply: Partial<RawReply>): ApiError {
  try {
    read(reply);
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('no error thrown');
}

describe('readReply', () => {
  it('returns the data of a successful reply in JSON or XML', () => {
    const ok = { error: 0, error_text: 'Successful operation', data: { saved_id: 14 } };
    expect(read({ text: JSON.stringify(ok) })).toEqual(ok);
    const xml =
      '<xml><data><saved_id>14</saved_id></data><error>0</error><error_text>Successful operation</error_text></xml>';
    expect(read({ text: xml, contentType: 'application/xml' })).toEqual(ok);
  });

  it.each<[string, Partial<RawReply>, Partial<ApiError>]>([
    [
      'an HTML page with status 200',
      { text: html, contentType: 'text/html' },
      { kind: 'parse', messageKey: 'html', status: 200 },
    ],
    [
      'an HTML page sent as JSON',
      { text: `\uFEFF  ${html}` },
      { kind: 'parse', messageKey: 'html' },
    ],
    [
      'an HTML error page',
      { status: 404, text: html, contentType: 'text/html' },
      { kind: 'http', messageKey: 'html', status: 404 },
    ],
    [
      'a 4xx without envelope',
      { status: 403, text: 'Forbidden', contentType: 'text/plain' },
      { kind: 'http', messageKey: 'httpClient', status: 403 },
    ],
    [
      'a 4xx with a refusal',
      { status: 413, text: '{"error":413,"error_text":"Too large"}' },
      { kind: 'api', code: 413, status: 413 },
    ],
    [
      'a 5xx even with an envelope',
      { status: 500, text: '{"error":500,"error_text":"Internal error"}' },
      { kind: 'http', messageKey: 'httpServer', status: 500 },
    ],
    [
      'the proxy’s 502 or 504, with its own explanation',
      { status: 502, text: '{"error":502,"error_text":"Upstream down"}' },
      { kind: 'http', messageKey: 'gateway', status: 502, message: 'Upstream down (HTTP 502)' },
    ],
    [
      'error != 0 with status 200',
      { text: '{"error":400,"error_text":"Bad name"}' },
      { kind: 'api', code: 400, message: 'Altcraft refused the request (error 400): Bad name' },
    ],
    ['malformed JSON', { text: '{"error":0,' }, { kind: 'parse', messageKey: 'parse' }],
    ['an empty body', { text: '' }, { kind: 'parse', messageKey: 'parse' }],
    [
      'a success of the wrong shape',
      { text: '{"error":0,"error_text":"ok","data":{"saved_id":"x"}}' },
      { kind: 'parse' },
    ],
    ['a body that is no envelope', { text: '[1,2]' }, { kind: 'parse' }],
  ])('refuses %s', (_name, reply, expected) => {
    expect(failure(reply)).toMatchObject(expected);
  });

  // A JSON reply is read once and validated twice (envelope, then data): each failure keeps its kind.
  it.each<[string, string, RegExp]>([
    [
      'nested too deep',
      `{"error":0,"error_text":"ok","data":{"a":${'['.repeat(40)}${']'.repeat(40)}}}`,
      /JSON line 1, column 72: objects and lists are nested more than 32 levels deep/,
    ],
    [
      'with a reserved key',
      '{"error":0,"error_text":"ok","data":{"saved_id":1,"__proto__":{}}}',
      /data\.__proto__: The field name "__proto__"/,
    ],
    ['of the wrong shape', '{"error":0,"error_text":"ok","data":{"saved_id":"x"}}', /saved_id/],
  ])('names the problem of a JSON reply %s', (_name, text, detail) => {
    const error = failure({ text });
    expect(error).toMatchObject({ kind: 'parse', messageKey: 'parse', status: 200 });
    expect(error.message).toMatch(detail);
  });

  it('tells a refusal as one even when its data would not validate', () => {
    const text = '{"error":403,"error_text":"No rights","data":{"saved_id":"x"}}';
    expect(failure({ text })).toMatchObject({ kind: 'api', code: 403 });
  });

  // An XML reply is read once too, with the reply's schema; a read that fails is read again as the
  // bare envelope, so that a refusal is told as one whatever its data.
  const xml = (error: number, data: string) =>
    `<xml><error>${error}</error><error_text>Text</error_text><data>${data}</data></xml>`;
  it.each<[string, string, Partial<ApiError>]>([
    [
      'a refusal with data that does not fit',
      xml(403, '<saved_id>x</saved_id>'),
      { kind: 'api', code: 403 },
    ],
    [
      'a refusal with a repeated single element',
      xml(400, '<saved_id>1</saved_id><saved_id>2</saved_id>'),
      { kind: 'api', code: 400 },
    ],
    ['a success with data that does not fit', xml(0, '<saved_id>x</saved_id>'), { kind: 'parse' }],
    [
      'a success with a repeated single element',
      xml(0, '<saved_id>1</saved_id><saved_id>2</saved_id>'),
      { kind: 'parse', messageKey: 'parse' },
    ],
  ])('reads an XML reply: %s', (_name, text, expected) => {
    expect(failure({ text, contentType: 'application/xml' })).toMatchObject(expected);
  });

  it('names what is wrong in an XML success that does not fit', () => {
    const text = xml(0, '<saved_id>1</saved_id><saved_id>2</saved_id>');
    expect(failure({ text, contentType: 'application/xml' }).message).toContain(
      'data.saved_id: <saved_id> appears more than once, but it holds a single value',
    );
  });

  it('masks the token in quoted server text', () => {
    const error = failure({ text: '{"error":401,"error_text":"bad token tok-1"}' });
    expect(error.message).toBe('Altcraft refused the request (error 401): bad token •••');
  });
});
