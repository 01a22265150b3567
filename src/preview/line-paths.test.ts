import { describe, expect, it } from 'vitest';
import { parseRequest, serializeRequest, type SegmentRequest, type WireFormat } from '../segment';
import { readFixture } from '../segment/fixtures';
import { isMarked, linePaths, markedLines } from './line-paths';

const multi = parseRequest(readFixture('multi-group', 'json'));
const formats: WireFormat[] = ['json', 'xml'];

const linesOf = (request: SegmentRequest, format: WireFormat) =>
  serializeRequest(request, format).replace(/\n$/, '').split('\n');

const markedText = (request: SegmentRequest, format: WireFormat, path: string) => {
  const lines = linesOf(request, format);
  const ranges = markedLines(lines, format, [{ path, message: 'x' }]);
  return lines.filter((_, i) => isMarked(ranges, i)).map((l) => l.trim());
};

describe('linePaths', () => {
  it.each(formats)('gives each %s line the path of the value it holds', (format) => {
    const lines = linesOf(multi, format);
    const paths = linePaths(lines, format);
    expect(paths[lines.findIndex((l) => l.includes('Engaged subscribers'))]).toBe('name');
    expect(paths.filter((p) => p.endsWith('percent_to'))).toEqual([
      'segment[0].percent_to',
      'segment[1].percent_to',
    ]);
    expect(paths.filter((p) => p.endsWith('.operator'))).toEqual(
      multi.segment!.flatMap((g, gi) =>
        g.queries.map((_, qi) => `segment[${gi}].queries[${qi}].operator`),
      ),
    );
  });

  it('follows value pairs nested as <value> in <value>', () => {
    const lines = linesOf(multi, 'xml');
    const paths = linePaths(lines, 'xml');
    expect(paths).toContain('segment[0].queries[0].value[0].value');
    expect(paths).toContain('segment[0].queries[0].value[0].name');
  });

  it('follows XML text that runs over several lines', () => {
    const lines = linesOf({ ...multi, name: 'one\ntwo\nthree' }, 'xml');
    const paths = linePaths(lines, 'xml');
    const start = lines.findIndex((l) => l.includes('<name>one'));
    expect(paths.slice(start, start + 4)).toEqual(['name', 'name', 'name', 'is_static']);
  });
});

describe('markedLines', () => {
  it.each(formats)('marks the one line of a scalar in %s', (format) => {
    const marked = markedText(multi, format, 'segment[0].queries[0].operator');
    expect(marked).toHaveLength(1);
    expect(marked[0]).toMatch(/operator/);
  });

  it.each(formats)('marks every line of a group in %s', (format) => {
    const marked = markedText(multi, format, 'segment[1]');
    expect(marked.length).toBeGreaterThan(8);
    expect(marked.join('\n')).toMatch(/percent_to/);
    expect(marked.join('\n')).not.toMatch(/"?name"?[:>] ?"?Static/);
  });

  it.each(formats)('marks the nearest present parent of a missing field in %s', (format) => {
    const group = multi.segment![0]!;
    const { limit: _limit, ...withoutLimit } = group;
    const draft = { ...multi, segment: [withoutLimit as typeof group] };
    const marked = markedText(draft, format, 'segment[0].limit');
    expect(marked.length).toBeGreaterThan(5);
    expect(marked.join('\n')).not.toMatch(/limit/);
  });

  it.each(formats)(
    'marks every group for a problem of the whole list of groups in %s',
    (format) => {
      const marked = markedText(multi, format, 'segment');
      const lines = linesOf(multi, format);
      const first = lines.findIndex((l) => /segment/.test(l));
      expect(marked.length).toBeGreaterThanOrEqual(lines.length - first - 3);
      expect(marked.join('\n')).not.toMatch(/Engaged/);
    },
  );

  it('marks nothing for a problem of the whole request', () => {
    expect(markedText(multi, 'json', '(request)')).toEqual([]);
    expect(markedText(multi, 'json', 'list_id_missing')).toEqual([]);
    const lines = linesOf(multi, 'json');
    expect(
      markedLines(lines, 'json', [
        { path: '(request)', message: 'x' },
        { path: 'name', message: 'y' },
      ]),
    ).toEqual([undefined, [3, 3]]);
  });

  it('keys with escaped characters still map to their paths', () => {
    const odd = { ...multi, 'we"ird': 1 } as SegmentRequest;
    const lines = JSON.stringify(odd, null, 2).split('\n');
    expect(linePaths(lines, 'json')).toContain('we"ird');
  });
});
