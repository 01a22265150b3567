import { describe, expect, it } from 'vitest';
import { CodecError } from './errors';
import { readFixture } from './fixtures';
import { segmentRequestSchema } from './schema';
import { loadXmlCodec, readXml } from './xml-reader.browser';
import { readXml as syncReadXml } from './xml';

describe('the browser XML reader', () => {
  it('refuses with "unavailable" until loadXmlCodec() has loaded it, then reads as the sync reader does', async () => {
    const text = readFixture('dynamic', 'xml');
    expect(() => readXml(text, segmentRequestSchema)).toThrow(CodecError);
    expect(() => readXml(text, segmentRequestSchema)).toThrow(expect.objectContaining({ code: 'unavailable' }));
    await Promise.all([loadXmlCodec(), loadXmlCodec()]);
    expect(readXml(text, segmentRequestSchema)).toEqual(syncReadXml(text, segmentRequestSchema));
  });
});
