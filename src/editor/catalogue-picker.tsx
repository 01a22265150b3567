import { memo, useCallback } from 'react';
import type { PickerOption } from './picker-list';
import { WordPicker } from './word-picker';

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
  /** Under the field when there is no message (default: the meaning of a known value). */
  helperText?: string | undefined;
}

/**
 * A picker over catalogue values that takes any other value typed in (the API codes, a domain
 * group, a segment's ID): the input holds the raw value, the list and the note under the field
 * show what it means.
 */
export const CataloguePicker = memo(function CataloguePicker(props: CataloguePickerProps) {
  const { id, label, value, options, labelOf, onChange, onBlur, error, readOnly, helperText } =
    props;
  const meaning = labelOf(value);
  const list = useCallback(
    () =>
      options.map((option): PickerOption => {
        const text = labelOf(option) ?? option;
        return { key: option, text, code: text === option ? undefined : option };
      }),
    [options, labelOf],
  );
  return (
    <WordPicker
      id={id}
      label={label}
      text={value}
      options={list}
      onPick={onChange}
      onType={onChange}
      onBlur={onBlur}
      error={error}
      readOnly={readOnly}
      note={helperText ?? (meaning && meaning !== value ? meaning : undefined)}
    />
  );
});
