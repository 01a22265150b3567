import { memo } from 'react';
import { OutlinedField, type OutlinedFieldProps } from './outlined-field';
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
  sx?: OutlinedFieldProps['sx'];
  fullWidth?: boolean;
}

/**
 * A number input that keeps what was typed: text that is not a number stays text, so the model
 * can say "must be a number" instead of the input silently dropping it.
 */
export const NumberField = memo(function NumberField(props: NumberFieldProps) {
  const { id, label, value, onChange, onBlur, error, helperText, readOnly, disabled, required, sx, fullWidth } = props;
  return (
    <OutlinedField
      id={id}
      label={label}
      value={formatNumberInput(value)}
      onChange={(text) => onChange(parseNumberInput(text))}
      onBlur={onBlur}
      error={error !== undefined}
      helperText={error ?? helperText}
      required={required}
      disabled={disabled}
      sx={sx}
      fullWidth={fullWidth}
      htmlInput={{ inputMode: 'decimal', readOnly, autoComplete: 'off' }}
    />
  );
});
