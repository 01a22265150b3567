import type { CodecIssue, WireFormat } from '../segment';

/*
 * Which lines of the codecs' output hold which path (`segment[0].queries[1].operator`), so that the
 * preview can mark the lines of a problem. It reads the codecs' own layout (JSON.stringify with two
 * spaces; the seed's XML with one element per line), not arbitrary text.
 */

/** An inclusive range of 0-based line numbers. */
export type LineRange = readonly [first: number, last: number];

const child = (parent: string, key: string) => (parent ? `${parent}.${key}` : key);
const item = (parent: string, index: number) => `${parent}[${index}]`;

interface JsonFrame {
  path: string;
  array: boolean;
  next: number;
}

const jsonKey = /^"((?:[^"\\]|\\.)*)":\s?(.*)$/;

function jsonPaths(lines: readonly string[]): string[] {
  const stack: JsonFrame[] = [];
  return lines.map((line) => {
    const text = line.trim();
    if (text.startsWith('}') || text.startsWith(']')) return stack.pop()?.path ?? '';
    const parent = stack[stack.length - 1];
    let path = '';
    let rest = text;
    if (parent?.array) path = item(parent.path, parent.next++);
    else if (parent) {
      const m = jsonKey.exec(text);
      if (m) {
        path = child(parent.path, JSON.parse(`"${m[1] ?? ''}"`) as string);
        rest = m[2] ?? '';
      }
    }
    if (rest === '{' || rest === '[') stack.push({ path, array: rest === '[', next: 0 });
    return path;
  });
}

interface XmlFrame {
  path: string;
  name: string;
  counts: Map<string, number>;
  /** Inside text that runs over several lines. */
  text: boolean;
}

const xmlOpen = /^<([^\s>/]+)([^>]*?)(\/?)>(.*)$/;
const xmlClose = /^<\/([^\s>]+)>$/;

function xmlPaths(lines: readonly string[]): string[] {
  const stack: XmlFrame[] = [];
  return lines.map((line) => {
    const top = stack[stack.length - 1];
    const text = line.trim();
    if (top?.text) {
      if (text.endsWith(`</${top.name}>`)) stack.pop();
      return top.path;
    }
    if (xmlClose.test(text)) return stack.pop()?.path ?? '';
    const m = xmlOpen.exec(text);
    if (!m) return top?.path ?? '';
    const [, name = '', attrs = '', selfClose, rest = ''] = m;
    let path = '';
    if (top) {
      if (/\barray\s*=/.test(attrs)) {
        const index = top.counts.get(name) ?? 0;
        top.counts.set(name, index + 1);
        path = item(child(top.path, name), index);
      } else path = child(top.path, name);
    }
    if (selfClose || rest.endsWith(`</${name}>`)) return path;
    stack.push({ path, name, counts: new Map(), text: rest !== '' });
    return path;
  });
}

/** The path each line belongs to; the root's lines have the path `''`. */
export function linePaths(lines: readonly string[], format: WireFormat): string[] {
  return format === 'json' ? jsonPaths(lines) : xmlPaths(lines);
}

/** The path one level up: `segment[0].limit` -> `segment[0]` -> `segment` -> `''`. */
function parentOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
  return cut <= 0 ? '' : path.slice(0, cut);
}

/**
 * The lines holding each problem's path, in the order of `issues` (`undefined` where there are
 * none). A missing field has no lines: its nearest present parent is marked instead (never the
 * whole request).
 */
export function markedLines(
  lines: readonly string[],
  format: WireFormat,
  issues: readonly CodecIssue[],
): (LineRange | undefined)[] {
  if (issues.length === 0) return [];
  // Only the issues' paths and their ancestors can be marked. A value's first and last lines carry
  // its own path (an object's closing bracket too), so its range runs between them. XML has no line
  // for a whole array, only for its items: an item's lines count for the array as well.
  const ranges = new Map<string, [number, number]>();
  for (const issue of issues) {
    for (let p = issue.path; p !== '' && p !== '(request)'; p = parentOf(p))
      ranges.set(p, [-1, -1]);
  }
  const widen = (path: string, index: number) => {
    const range = ranges.get(path);
    if (!range) return;
    if (range[0] < 0) range[0] = index;
    range[1] = index;
  };
  linePaths(lines, format).forEach((path, index) => {
    widen(path, index);
    if (path.endsWith(']')) widen(path.slice(0, path.lastIndexOf('[')), index);
  });
  return issues.map((issue) => {
    for (let p = issue.path; p !== '' && p !== '(request)'; p = parentOf(p)) {
      const range = ranges.get(p);
      if (range && range[0] >= 0) return range;
    }
    return undefined;
  });
}

/** True when line `index` lies in one of `ranges`. */
export function isMarked(ranges: readonly (LineRange | undefined)[], index: number): boolean {
  return ranges.some((range) => range !== undefined && index >= range[0] && index <= range[1]);
}
