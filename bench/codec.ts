import { parseRequest, serializeRequest, type SegmentRequest } from '../src/segment';
import { benchRequest } from './fixtures';

/** One codec figure: the median time of an operation and its ratio to the JSON built-in reference. */
export interface CodecFigure {
  operation: string;
  medianMs: number;
  referenceMs: number;
  ratio: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function time(runs: number, fn: () => unknown): number {
  fn(); // warm up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/**
 * Serialises and parses a request of `conditions` conditions (20 groups) in JSON and XML, next to
 * `JSON.stringify` / `JSON.parse` of the same data as the reference.
 */
export function codecBenchmark(conditions = 2000, runs = 7): CodecFigure[] {
  const groups = 20;
  const request: SegmentRequest = benchRequest(groups, Math.ceil(conditions / groups));
  const json = serializeRequest(request, 'json');
  const xml = serializeRequest(request, 'xml');
  const refStringify = time(runs, () => JSON.stringify(request, null, 2));
  const refParse = time(runs, () => JSON.parse(json) as unknown);
  const figure = (operation: string, ms: number, ref: number): CodecFigure => ({
    operation,
    medianMs: ms,
    referenceMs: ref,
    ratio: ref > 0 ? ms / ref : 0,
  });
  return [
    figure(
      'serialize JSON',
      time(runs, () => serializeRequest(request, 'json')),
      refStringify,
    ),
    figure(
      'parse JSON',
      time(runs, () => parseRequest(json, 'json')),
      refParse,
    ),
    figure(
      'serialize XML',
      time(runs, () => serializeRequest(request, 'xml')),
      refStringify,
    ),
    figure(
      'parse XML',
      time(runs, () => parseRequest(xml, 'xml')),
      refParse,
    ),
  ];
}
