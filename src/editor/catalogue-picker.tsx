import { memo, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { OutlinedField } from './outlined-field';
import { PickerList } from './picker-list';

export interface CataloguePickerProps {
  id: string;
  label: string;
  value: string;
  options: readonly string[];
  /** The person-readable label of a known value. */
  labelOf: (value: string) => string | undefined;
  onChange: (value: string) => void;
  onBlur?: () => void;
  error?: string | undefined;
  readOnly?: boolean;
}

/** The options that match what was typed; a known value lists every option, not just itself. */
function matching(options: readonly string[], text: string, labelOf: (value: string) => string | undefined): readonly string[] {
  if (text === '' || options.includes(text)) return options;
  const q = text.toLowerCase();
  return options.filter((o) => o.toLowerCase().includes(q) || (labelOf(o) ?? '').toLowerCase().includes(q));
}

/**
 * A picker over catalogue values that takes any other value typed in: a text field with the ARIA
 * combobox pattern (list on typing, click, Alt+ArrowDown or ArrowDown; arrows move, Enter picks,
 * Escape closes). The input holds the raw API value, the list and the helper text show what it
 * means. Written by hand rather than with MUI's Autocomplete: a segment shows four per condition,
 * and the list (the only costly part) exists only while one is open.
 */
export const CataloguePicker = memo(function CataloguePicker(props: CataloguePickerProps) {
  const { id, label, value, options, labelOf, onChange, onBlur, error, readOnly } = props;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const anchor = useRef<HTMLDivElement>(null);
  const listId = useId();
  const meaning = labelOf(value);
  const shown = open ? matching(options, value, labelOf) : [];
  const expanded = open && shown.length > 0;
  const activeIndex = active < shown.length ? active : -1;

  // Keeps the highlighted option in view while moving through a long list with the keyboard.
  useLayoutEffect(() => {
    if (expanded && activeIndex >= 0) document.getElementById(`${listId}-${activeIndex}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [expanded, activeIndex, listId]);

  const show = () => {
    if (readOnly) return;
    setOpen(true);
    setActive(-1);
  };
  const pick = (option: string) => {
    setOpen(false);
    setActive(-1);
    if (option !== value) onChange(option);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (readOnly) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!expanded) {
        show();
        if (!event.altKey) setActive(event.key === 'ArrowDown' ? 0 : matching(options, value, labelOf).length - 1);
        return;
      }
      const next = activeIndex + (event.key === 'ArrowDown' ? 1 : -1);
      setActive(next >= shown.length ? 0 : next < 0 ? shown.length - 1 : next);
    } else if (event.key === 'Enter' && expanded && activeIndex >= 0) {
      event.preventDefault();
      pick(shown[activeIndex] ?? value);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    } else if ((event.key === 'Home' || event.key === 'End') && expanded && activeIndex >= 0) {
      event.preventDefault();
      setActive(event.key === 'Home' ? 0 : shown.length - 1);
    }
  };

  return (
    <>
      <OutlinedField
        ref={anchor}
        id={id}
        label={label}
        value={value}
        onChange={(text) => {
          onChange(text);
          if (!open) show();
          else setActive(-1);
        }}
        onClick={() => {
          if (!open) show();
        }}
        onBlur={() => {
          setOpen(false);
          onBlur?.();
        }}
        onKeyDown={onKeyDown}
        error={error !== undefined}
        helperText={error ?? (meaning && meaning !== value ? meaning : ' ')}
        htmlInput={{
          role: 'combobox',
          'aria-autocomplete': 'list',
          'aria-expanded': expanded,
          'aria-controls': expanded ? listId : undefined,
          'aria-activedescendant': expanded && activeIndex >= 0 ? `${listId}-${activeIndex}` : undefined,
          readOnly,
          autoComplete: 'off',
          spellCheck: false,
        }}
      />
      {expanded && (
        <PickerList id={listId} anchor={anchor} options={shown} active={activeIndex} labelOf={labelOf} onPick={pick} onHover={setActive} />
      )}
    </>
  );
});
