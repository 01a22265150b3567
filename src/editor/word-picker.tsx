import {
  memo,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
} from 'react';
import { outlinedField } from '../ui/outlined-field';
import { PickerList, type PickerOption } from './picker-list';

export interface WordPickerProps {
  id: string;
  label: string;
  /** What the current choice reads as (a field's title, an operator in words; a free value as is). */
  text: string;
  /** The options, made only when the list opens: a large segment has thousands of pickers. */
  options: () => readonly PickerOption[];
  onPick: (key: string) => void;
  /** Free text: every keystroke is the value (`onPick` of an option too); without it, typing only searches. */
  onType?: ((text: string) => void) | undefined;
  onBlur?: (() => void) | undefined;
  error?: string | undefined;
  readOnly?: boolean | undefined;
  /** A short note under the field (none by default, keeping the row one line high). */
  note?: string | undefined;
  /** On the field's root (its place in a row). */
  className?: string | undefined;
}

/** Options whose words or code contain every word typed, in the order of the list. */
function search(options: readonly PickerOption[], query: string): readonly PickerOption[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0 || options.some((option) => option.key === query)) return options;
  return options.filter((option) => {
    const haystack = `${option.text} ${option.code ?? ''} ${option.section ?? ''}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/**
 * A searchable choice (the ARIA combobox pattern with a list, written by hand: a segment shows
 * thousands, and the list, the only costly part, exists only while one is open). The field shows
 * what the current choice reads as; typing searches the options by their words or codes; arrows
 * move, Enter picks (the first match when none is highlighted), Escape and leaving give the choice
 * back. With `onType` it takes any text too (the API codes, a domain group), the list then
 * suggesting the catalogue's values.
 */
export const WordPicker = memo(function WordPicker(props: WordPickerProps) {
  const { id, label, text, options, onPick, onType, onBlur, error, readOnly, note, className } =
    props;
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const anchor = useRef<HTMLDivElement>(null);
  const listId = useId();
  // Built when the list opens, and again only when what it is made of changes.
  const all = useMemo(() => (open ? options() : []), [open, options]);
  const shown = useMemo(
    () => search(all, query ?? (onType ? text : '')),
    [all, query, onType, text],
  );
  const expanded = open && shown.length > 0;
  const activeIndex = active < shown.length ? active : -1;

  useLayoutEffect(() => {
    if (expanded && activeIndex >= 0)
      document.getElementById(`${listId}-${activeIndex}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [expanded, activeIndex, listId]);

  const close = () => {
    setOpen(false);
    setActive(-1);
    setQuery(null);
  };
  const show = (highlight = -1) => {
    if (readOnly) return;
    setOpen(true);
    setActive(highlight);
  };
  const pick = (option: PickerOption | undefined) => {
    close();
    if (option && option.key !== text) onPick(option.key);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (readOnly) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!expanded) {
        show(
          event.altKey
            ? -1
            : event.key === 'ArrowDown'
              ? 0
              : search(options(), onType ? text : '').length - 1,
        );
        return;
      }
      const next = activeIndex + (event.key === 'ArrowDown' ? 1 : -1);
      setActive(next >= shown.length ? 0 : next < 0 ? shown.length - 1 : next);
    } else if (event.key === 'Enter' && expanded && (activeIndex >= 0 || !onType)) {
      event.preventDefault();
      pick(shown[Math.max(0, activeIndex)]);
    } else if (event.key === 'Escape' && (open || query !== null)) {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if ((event.key === 'Home' || event.key === 'End') && expanded && activeIndex >= 0) {
      event.preventDefault();
      setActive(event.key === 'Home' ? 0 : shown.length - 1);
    }
  };

  return (
    <>
      {outlinedField({
        ref: anchor,
        className,
        id,
        label,
        value: query ?? text,
        onChange: (typed) => {
          if (onType) onType(typed);
          else setQuery(typed);
          setOpen(!readOnly);
          // A search highlights its first match, which Enter takes; free text highlights nothing.
          setActive(onType || typed.trim() === '' ? -1 : 0);
        },
        onClick: () => {
          if (!open) show();
        },
        onBlur: () => {
          close();
          onBlur?.();
        },
        onKeyDown,
        error: error !== undefined,
        helperText: error ?? note,
        fullWidth: true,
        htmlInput: {
          role: 'combobox',
          'aria-autocomplete': 'list',
          'aria-expanded': expanded,
          'aria-controls': expanded ? listId : undefined,
          'aria-activedescendant':
            expanded && activeIndex >= 0 ? `${listId}-${activeIndex}` : undefined,
          readOnly,
          autoComplete: 'off',
          spellCheck: false,
          title: query === null ? text : undefined,
          // On the press, not the click: leaving another field may show its message and move this
          // one before the button is released, and the click is then lost.
          onMouseDown: () => {
            if (!open) show();
          },
          // A search replaces the words shown: typing starts afresh.
          onFocus: onType
            ? undefined
            : (event: FocusEvent<HTMLInputElement>) => event.currentTarget.select(),
        },
      })}
      {expanded && (
        <PickerList
          id={listId}
          anchor={anchor}
          options={shown}
          active={activeIndex}
          onPick={pick}
          onHover={setActive}
        />
      )}
    </>
  );
});
