import { memo } from 'react';
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { formatNumberInput, parseNumberInput, type NumberInput } from './draft';

export interface NumberFieldProps {
  id: string;
  label: string;
  value: NumberInput;
  onChange: (value: NumberInput) => void;
  onBlur?: () => void;
  error?: string | undefined;
  helperText?: string | undefined;
  readOnly?: boolean;
  disabled?: boolean;
  required?: boolean;
  sx?: TextFieldProps['sx'];
  fullWidth?: boolean;
}

/**
 * A number input that keeps what was typed: text that is not a number stays text, so the model
 * can say "must be a number" instead of the input silently dropping it.
 */
export const NumberField = memo(function NumberField(props: NumberFieldProps) {
  const { id, label, value, onChange, onBlur, error, helperText, readOnly, disabled, required, sx, fullWidth } = props;
  return (
    <TextField
      id={id}
      label={label}
      size="small"
      value={formatNumberInput(value)}
      onChange={(event) => onChange(parseNumberInput(event.target.value))}
      onBlur={onBlur}
      error={error !== undefined}
      helperText={error ?? helperText}
      required={required}
      disabled={disabled}
      sx={sx}
      fullWidth={fullWidth}
      slotProps={{ htmlInput: { inputMode: 'decimal', readOnly, autoComplete: 'off' } }}
    />
  );
});
