import { describe, expect, it } from 'vitest';
import { CodecError } from './errors';
import { readFixture } from './fixtures';
import { segmentRequestSchema } from './schema';
import { loadXmlCodec, loadXmlWriter, readXml, writeXml } from './xml-loader.browser';
import { readXml as syncReadXml } from './xml';
import { writeXml as syncWriteXml } from './xml-write';

describe('the browser XML reader and writer', () => {
  const text = readFixture('dynamic', 'xml');
  const request = syncReadXml(text, segmentRequestSchema);

  it('write only once loadXmlWriter() has loaded the writer, then as the sync writer does', async () => {
    expect(() => writeXml(request, segmentRequestSchema)).toThrow(CodecError);
    expect(() => writeXml(request, segmentRequestSchema)).toThrow(
      expect.objectContaining({ code: 'unavailable' }),
    );
    await Promise.all([loadXmlWriter(), loadXmlWriter()]);
    expect(writeXml(request, segmentRequestSchema)).toBe(
      syncWriteXml(request, segmentRequestSchema),
    );
    // The writer alone does not bring the reader.
    expect(() => readXml(text, segmentRequestSchema)).toThrow(
      expect.objectContaining({ code: 'unavailable' }),
    );
  });

  it('read only once loadXmlCodec() has loaded the reader, then as the sync reader does', async () => {
    await Promise.all([loadXmlCodec(), loadXmlCodec()]);
    expect(readXml(text, segmentRequestSchema)).toEqual(request);
  });
});
