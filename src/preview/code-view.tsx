import { memo, useImperativeHandle, useMemo, useRef, type Ref } from 'react';
import { Box } from '@mui/material';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import type { WireFormat } from '../segment';
import { tokenizeLine } from './highlight';
import { isMarked, type LineRange } from './line-paths';

const LINE_HEIGHT = 20;

interface CodeLineProps {
  line: string;
  number: number;
  format: WireFormat;
  marked: boolean;
  gutter: string;
}

/** One line; memoized so that scrolling or a change elsewhere does not tokenize it again. */
const CodeLine = memo(function CodeLine({ line, number, format, marked, gutter }: CodeLineProps) {
  const tokens = useMemo(() => tokenizeLine(line, format), [line, format]);
  return (
    <div className={marked ? 'line marked' : 'line'} data-marked={marked || undefined}>
      <span className="gutter" aria-hidden="true" style={{ width: gutter }}>
        {number}
      </span>
      <span className="code">
        {tokens.map((token, i) => (
          <span key={i} className={`t-${token.kind}`}>
            {token.text}
          </span>
        ))}
      </span>
    </div>
  );
});

interface CodeViewProps {
  lines: readonly string[];
  format: WireFormat;
  /** The lines to mark as holding a problem. */
  marked: readonly (LineRange | undefined)[];
  label: string;
  height: number;
  id?: string;
  ref?: Ref<CodeViewHandle>;
}

export interface CodeViewHandle {
  /** Scrolls line `index` (0-based) into the middle of the view and focuses the code. */
  showLine: (index: number) => void;
}

/**
 * Highlighted, numbered, virtualized code: only the lines in view (plus a few) are in the DOM, so a
 * 60,000-line request costs what a screenful does. The scroll container is the labelled region and
 * is focusable, so keyboard users can scroll it.
 */
export function CodeView({ lines, format, marked, label, height, id, ref }: CodeViewProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The React Compiler lint cannot see that the virtualizer is used only during render here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => LINE_HEIGHT,
    overscan: 12,
    initialRect: { width: 600, height },
    // A box not laid out (hidden, or a DOM without layout) measures 0: show a screenful anyway.
    observeElementRect: (instance, callback) =>
      observeElementRect(instance, (rect) =>
        callback(rect.height > 0 ? rect : { width: rect.width, height }),
      ),
  });
  useImperativeHandle(
    ref,
    () => ({
      showLine: (index) => {
        virtualizer.scrollToIndex(index, { align: 'center' });
        scrollRef.current?.focus({ preventScroll: true });
      },
    }),
    [virtualizer],
  );
  const gutter = `${String(lines.length).length + 1}ch`;
  // The length of the text shown, so that the benchmark (and tests) can tell when an edit reached it.
  const textLength = useMemo(() => lines.reduce((n, line) => n + line.length + 1, 0), [lines]);
  return (
    <Box
      ref={scrollRef}
      id={id}
      role="region"
      aria-label={label}
      data-text-length={textLength}
      tabIndex={0}
      sx={(theme) => ({
        maxHeight: height,
        overflow: 'auto',
        fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
        fontSize: 13,
        lineHeight: `${LINE_HEIGHT}px`,
        // Light colours, then the dark scheme's by its CSS class: with CSS variables the palette's
        // `mode` does not change when the scheme does, so a test of it would keep the light colours.
        bgcolor: '#f6f8fa',
        color: '#1f2328',
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        '&:focus-visible': {
          outline: `2px solid ${(theme.vars ?? theme).palette.primary.main}`,
          outlineOffset: 2,
        },
        '& .line': { minWidth: '100%', whiteSpace: 'pre', display: 'flex', height: LINE_HEIGHT },
        '& .gutter': {
          flex: 'none',
          textAlign: 'right',
          pr: 1.5,
          mr: 1.5,
          userSelect: 'none',
          color: '#59636e',
          borderRight: 1,
          borderColor: 'divider',
          boxSizing: 'content-box',
        },
        '& .code': { pr: 2 },
        '& .marked': {
          bgcolor: 'rgba(255,129,130,0.22)',
          boxShadow: `inset 3px 0 0 ${(theme.vars ?? theme).palette.error.main}`,
        },
        '& .t-key, & .t-tag': { color: '#116329' },
        '& .t-string': { color: '#0a3069' },
        '& .t-number': { color: '#953800' },
        '& .t-literal, & .t-attr': { color: '#8250df' },
        '& .t-punct': { color: '#59636e' },
        ...theme.applyStyles('dark', {
          bgcolor: '#0d1117',
          color: '#e6edf3',
          '& .gutter': { color: '#8b949e' },
          '& .marked': { bgcolor: 'rgba(248,81,73,0.18)' },
          '& .t-key, & .t-tag': { color: '#7ee787' },
          '& .t-string': { color: '#a5d6ff' },
          '& .t-number': { color: '#ffa657' },
          '& .t-literal, & .t-attr': { color: '#d2a8ff' },
          '& .t-punct': { color: '#9198a1' },
        }),
      })}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => (
          <div
            key={item.key}
            style={{
              transform: `translateY(${item.start}px)`,
              position: 'absolute',
              top: 0,
              left: 0,
              minWidth: '100%',
            }}
          >
            <CodeLine
              line={lines[item.index] ?? ''}
              number={item.index + 1}
              format={format}
              marked={isMarked(marked, item.index)}
              gutter={gutter}
            />
          </div>
        ))}
      </div>
    </Box>
  );
}
