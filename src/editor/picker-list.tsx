import { useLayoutEffect, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import Paper from '@mui/material/Paper';
import { useTranslation } from 'react-i18next';

export interface PickerListProps {
  id: string;
  /** The picker's text field: the list opens under its input box. */
  anchor: RefObject<HTMLElement | null>;
  options: readonly string[];
  active: number;
  labelOf: (value: string) => string | undefined;
  onPick: (option: string) => void;
  onHover: (index: number) => void;
}

interface Place {
  left: number;
  top: number;
  width: number;
  maxHeight: number;
}

function placeUnder(anchor: HTMLElement): Place {
  const box = (anchor.querySelector('.MuiInputBase-root') ?? anchor).getBoundingClientRect();
  const below = window.innerHeight - box.bottom - 8;
  return { left: box.left, top: box.bottom + 2, width: box.width, maxHeight: Math.max(120, Math.min(320, below)) };
}

/**
 * The open list of a CataloguePicker: a listbox in a portal (rows clip what overflows them), placed
 * under the field and following it while the page scrolls. The focus stays in the field (the ARIA
 * combobox pattern): a press on an option does not take it, the field's keys move the highlight.
 */
export function PickerList({ id, anchor, options, active, labelOf, onPick, onHover }: PickerListProps) {
  const { t } = useTranslation('editor');
  const [place, setPlace] = useState<Place | null>(null);
  useLayoutEffect(() => {
    const element = anchor.current;
    if (!element) return undefined;
    const update = () => setPlace(placeUnder(element));
    update();
    window.addEventListener('scroll', update, true);
    window.addEventListener('resize', update);
    return () => {
      window.removeEventListener('scroll', update, true);
      window.removeEventListener('resize', update);
    };
  }, [anchor]);
  if (!place) return null;
  return createPortal(
    <Paper
      elevation={8}
      style={{ position: 'fixed', left: place.left, top: place.top, width: Math.max(place.width, 220), maxHeight: place.maxHeight }}
      sx={{
        zIndex: 'modal',
        overflow: 'auto',
        '& ul': { listStyle: 'none', m: 0, py: 0.5, px: 0 },
        '& li': { px: 2, py: 0.75, cursor: 'pointer', fontSize: '0.9375rem', overflowWrap: 'anywhere' },
        '& li[aria-selected="true"]': { bgcolor: 'action.selected' },
        '& code': { ml: 1, opacity: 0.75, fontSize: '0.8125rem' },
      }}
      onMouseDown={(event) => event.preventDefault()}
    >
      {/* Not named after the field: the field alone answers to its label. */}
      <ul role="listbox" id={id} aria-label={t('condition.suggestions')}>
        {options.map((option, index) => {
          const text = labelOf(option);
          return (
            <li
              key={option}
              id={`${id}-${index}`}
              role="option"
              aria-selected={index === active}
              onMouseMove={() => {
                if (index !== active) onHover(index);
              }}
              onClick={() => onPick(option)}
            >
              {text ?? option}
              {text && text !== option && <code>{option}</code>}
            </li>
          );
        })}
      </ul>
    </Paper>,
    document.body,
  );
}
