import type { KeyboardEventHandler, MouseEventHandler, ReactNode, Ref } from 'react';
import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import type { InputBaseComponentProps } from '@mui/material/InputBase';
import InputLabel from '@mui/material/InputLabel';
import NativeSelect from '@mui/material/NativeSelect';
import OutlinedInput from '@mui/material/OutlinedInput';
import type { SxProps, Theme } from '@mui/material/styles';

export interface OutlinedFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (text: string) => void;
  onBlur?: (() => void) | undefined;
  /** On the field's root, as TextField has them: they see the input's events bubbling up. */
  onClick?: MouseEventHandler<HTMLDivElement> | undefined;
  onKeyDown?: KeyboardEventHandler<HTMLDivElement> | undefined;
  error?: boolean | undefined;
  /** Shown under the field and named as the input's description; `' '` keeps the line's height. */
  helperText?: ReactNode;
  required?: boolean | undefined;
  disabled?: boolean | undefined;
  fullWidth?: boolean | undefined;
  /** The `<input>` type (`text`, `date`, `url`). */
  type?: string | undefined;
  /** Native `<option>`s: the field is a native select. */
  options?: ReactNode;
  /** The label always sits above the value (a select, a date input). */
  shrinkLabel?: boolean | undefined;
  /** Attributes of the `<input>` itself (readOnly, inputMode, ARIA of a combobox). */
  htmlInput?: InputBaseComponentProps | undefined;
  sx?: SxProps<Theme> | undefined;
  ref?: Ref<HTMLDivElement> | undefined;
}

/**
 * A small outlined field: what the editor used MUI's TextField for, from the parts TextField is
 * made of, with its ids and ARIA wiring (label for the input, helper text as its description).
 * TextField imports every variant and the menu-based Select (Menu, Popover, Modal) whether used or
 * not; this pulls only the outlined input and the native select into the initial bundle.
 */
export function OutlinedField(props: OutlinedFieldProps) {
  const {
    id,
    label,
    value,
    onChange,
    onBlur,
    onClick,
    onKeyDown,
    error,
    helperText,
    required,
    disabled,
    fullWidth,
    type,
    options,
    shrinkLabel,
    htmlInput,
    sx,
    ref,
  } = props;
  const helperId = helperText ? `${id}-helper-text` : undefined;
  const select = options !== undefined;
  const shrink = select || shrinkLabel ? true : undefined;
  return (
    <FormControl
      ref={ref}
      size="small"
      error={error}
      required={required}
      disabled={disabled}
      fullWidth={fullWidth}
      onClick={onClick}
      onKeyDown={onKeyDown}
      sx={sx}
    >
      <InputLabel htmlFor={id} id={`${id}-label`} shrink={shrink}>
        {label}
      </InputLabel>
      {select ? (
        <NativeSelect
          id={id}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          onBlur={onBlur}
          aria-describedby={helperId}
          input={<OutlinedInput label={label} notched fullWidth={fullWidth} />}
        >
          {options}
        </NativeSelect>
      ) : (
        <OutlinedInput
          id={id}
          label={label}
          notched={shrink}
          type={type}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          onBlur={onBlur}
          aria-describedby={helperId}
          fullWidth={fullWidth}
          inputProps={htmlInput}
        />
      )}
      {helperText && <FormHelperText id={helperId}>{helperText}</FormHelperText>}
    </FormControl>
  );
}
