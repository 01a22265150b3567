import { Fragment, useLayoutEffect, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import Paper from '@mui/material/Paper';
import { useTranslation } from 'react-i18next';
import { fieldClass } from '../ui/outlined-field-styles';

/** One option of a picker's list: what it reads as, its API code (shown quietly), its section. */
export interface PickerOption {
  key: string;
  text: string;
  code?: string | undefined;
  section?: string | undefined;
}

export interface PickerListProps {
  id: string;
  /** The picker's text field: the list opens under (or above) its input box. */
  anchor: RefObject<HTMLElement | null>;
  options: readonly PickerOption[];
  active: number;
  onPick: (option: PickerOption) => void;
  onHover: (index: number) => void;
}

interface Place {
  left: number;
  width: number;
  maxHeight: number;
  top?: number;
  bottom?: number;
}

const GAP = 8;
const ROW = 36;
const HEADING = 30;
const MAX_HEIGHT = 320;

/**
 * Where the list fits: under the field when the room there holds it (or is the larger), else above
 * it, never taller than the room on that side, never wider than the window, shifted left so that
 * its right edge stays inside (bug: lists opened below the bottom of the window).
 */
export function placeList(
  box: Pick<DOMRect, 'top' | 'bottom' | 'left' | 'width'>,
  view: { width: number; height: number },
  wanted: number,
): Place {
  const below = view.height - box.bottom - GAP;
  const above = box.top - GAP;
  const height = Math.min(MAX_HEIGHT, wanted);
  const width = Math.min(Math.max(box.width, 260), view.width - 2 * GAP);
  const left = Math.min(Math.max(box.left, GAP), view.width - GAP - width);
  if (below >= height || below >= above)
    return { left, width, top: box.bottom + 2, maxHeight: Math.max(0, Math.min(height, below)) };
  return { left, width, bottom: view.height - box.top + 2, maxHeight: Math.min(height, above) };
}

/** The height the list wants: its rows and section headings, and the list's own padding. */
const wantedHeight = (options: readonly PickerOption[]) => {
  const sections = new Set(options.map((o) => o.section).filter(Boolean)).size;
  return options.length * ROW + sections * HEADING + 8;
};

function placeNear(anchor: HTMLElement, options: readonly PickerOption[]): Place {
  const box = (anchor.querySelector(`.${fieldClass.box}`) ?? anchor).getBoundingClientRect();
  return placeList(
    box,
    { width: document.documentElement.clientWidth, height: window.innerHeight },
    wantedHeight(options),
  );
}

/** Options cut into runs of the same section, in order. */
function sectionsOf(options: readonly PickerOption[]) {
  const runs: { section: string | undefined; items: { option: PickerOption; index: number }[] }[] =
    [];
  options.forEach((option, index) => {
    const last = runs[runs.length - 1];
    if (last && last.section === option.section) last.items.push({ option, index });
    else runs.push({ section: option.section, items: [{ option, index }] });
  });
  return runs;
}

/**
 * The open list of a picker: a listbox in a portal (rows clip what overflows them), grouped by
 * section, placed where the window has room and following the field while the page scrolls. The
 * focus stays in the field (the ARIA combobox pattern): a press on an option does not take it, the
 * field's keys move the highlight.
 */
export function PickerList({ id, anchor, options, active, onPick, onHover }: PickerListProps) {
  const { t } = useTranslation('editor');
  const [place, setPlace] = useState<Place | null>(null);
  useLayoutEffect(() => {
    const element = anchor.current;
    if (!element) return undefined;
    const update = () => setPlace(placeNear(element, options));
    update();
    window.addEventListener('scroll', update, true);
    window.addEventListener('resize', update);
    return () => {
      window.removeEventListener('scroll', update, true);
      window.removeEventListener('resize', update);
    };
  }, [anchor, options]);
  if (!place) return null;
  const option = ({ option: item, index }: { option: PickerOption; index: number }) => (
    <div
      key={item.key}
      id={`${id}-${index}`}
      role="option"
      aria-selected={index === active}
      className="se-picker-option"
      onMouseMove={() => {
        if (index !== active) onHover(index);
      }}
      onClick={() => onPick(item)}
    >
      {item.text}
      {/* A space, so that the option reads "City _city", not "City_city". */}
      {item.code && item.code !== item.text && (
        <>
          {' '}
          <code>{item.code}</code>
        </>
      )}
    </div>
  );
  return createPortal(
    // The scrolling box is the listbox itself: what it shows is what a person can reach.
    <Paper
      role="listbox"
      id={id}
      aria-label={t('condition.suggestions')}
      elevation={8}
      style={{
        position: 'fixed',
        left: place.left,
        top: place.top,
        bottom: place.bottom,
        width: place.width,
        maxHeight: place.maxHeight,
      }}
      sx={{
        zIndex: 'modal',
        overflow: 'auto',
        py: 0.5,
        '& .se-picker-option': {
          px: 2,
          py: 0.75,
          cursor: 'pointer',
          fontSize: '0.9375rem',
          overflowWrap: 'anywhere',
        },
        '& .se-picker-option[aria-selected="true"]': { bgcolor: 'action.selected' },
        '& .se-picker-section': {
          px: 2,
          pt: 1,
          pb: 0.25,
          fontSize: '0.75rem',
          fontWeight: 600,
          color: 'text.secondary',
          textTransform: 'uppercase',
          letterSpacing: '0.04em',
        },
        '& code': { ml: 1, color: 'text.secondary', fontSize: '0.8125rem' },
      }}
      onMouseDown={(event) => event.preventDefault()}
    >
      {/* Not named after the field: the field alone answers to its label. */}
      {sectionsOf(options).map((run, r) =>
        run.section === undefined ? (
          <Fragment key={`run-${r}`}>{run.items.map(option)}</Fragment>
        ) : (
          <div key={`run-${r}`} role="group" aria-labelledby={`${id}-s${r}`}>
            <div id={`${id}-s${r}`} role="presentation" className="se-picker-section">
              {run.section}
            </div>
            {run.items.map(option)}
          </div>
        ),
      )}
    </Paper>,
    document.body,
  );
}
