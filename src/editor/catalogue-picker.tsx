import { memo } from 'react';
import Autocomplete, { createFilterOptions } from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';

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

const filter = createFilterOptions<string>();

/**
 * A picker over catalogue values that takes any other value typed in (MUI Autocomplete, freeSolo):
 * the input holds the raw API value, the list and the helper text show what it means.
 */
export const CataloguePicker = memo(function CataloguePicker(props: CataloguePickerProps) {
  const { id, label, value, options, labelOf, onChange, onBlur, error, readOnly } = props;
  const meaning = labelOf(value);
  return (
    <Autocomplete
      freeSolo
      disableClearable
      id={id}
      options={options}
      value={value}
      inputValue={value}
      readOnly={readOnly}
      onInputChange={(_event, next, reason) => {
        if (reason === 'input' || reason === 'clear') onChange(next);
      }}
      onChange={(_event, next) => {
        if (typeof next === 'string') onChange(next);
      }}
      onBlur={onBlur}
      filterOptions={(all, state) => {
        // A field that already holds a known value lists every option, not just that one.
        if (all.includes(state.inputValue)) return all;
        const q = state.inputValue.toLowerCase();
        const byLabel = all.filter((o) => (labelOf(o) ?? '').toLowerCase().includes(q));
        return [...new Set([...filter(all, state), ...byLabel])];
      }}
      renderOption={(optionProps, option) => {
        const { key, ...rest } = optionProps;
        const text = labelOf(option);
        return (
          <li key={key} {...rest}>
            <span>
              {text ?? option}
              {text && text !== option && (
                <code style={{ marginInlineStart: 8, opacity: 0.75, fontSize: '0.8125rem' }}>{option}</code>
              )}
            </span>
          </li>
        );
      }}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          size="small"
          error={error !== undefined}
          helperText={error ?? (meaning && meaning !== value ? meaning : ' ')}
          slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, autoComplete: 'off', spellCheck: false } }}
        />
      )}
    />
  );
});
