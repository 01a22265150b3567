import { memo, useState, type ReactNode } from 'react';
import { outlinedField } from '../ui/outlined-field';
import { formatNumberInput, parseNumberInput, type NumberInput } from './model/draft';
import { useLang } from './use-lang';

export interface NumberFieldProps {
  id: string;
  label: string;
  value: NumberInput;
  onChange: (value: NumberInput) => void;
  onBlur?: () => void;
  error?: string | undefined;
  helperText?: ReactNode;
  readOnly?: boolean;
  disabled?: boolean;
  required?: boolean;
  fullWidth?: boolean;
  placeholder?: string | undefined;
}

const same = (a: NumberInput, b: NumberInput) =>
  a === b || (typeof a === 'string' && typeof b === 'string' && a.trim() === b.trim());

/**
 * A number input that reads what a person types (`01` is 1; `1,5` is 1.5 in Russian) and shows the
 * canonical number once left. While the focus is in it, it shows the text as typed, so that "1." on
 * the way to "1.5" is not rewritten under the cursor. Text that is not a number stays text, so the
 * model can say "must be a number" instead of the input silently dropping it.
 */
export const NumberField = memo(function NumberField(props: NumberFieldProps) {
  const {
    id,
    label,
    value,
    onChange,
    onBlur,
    error,
    helperText,
    readOnly,
    disabled,
    required,
    fullWidth,
    placeholder,
  } = props;
  const lang = useLang();
  // What was typed, while it still means the value (an undo while focused shows the value again).
  const [typed, setTyped] = useState<string | null>(null);
  const shown =
    typed !== null && same(parseNumberInput(typed, lang), value)
      ? typed
      : formatNumberInput(value, lang);
  return outlinedField({
    id,
    label,
    value: shown,
    onChange: (text) => {
      setTyped(text);
      onChange(parseNumberInput(text, lang));
    },
    onBlur: () => {
      setTyped(null);
      onBlur?.();
    },
    error: error !== undefined,
    helperText: error ?? helperText,
    required,
    disabled,
    fullWidth,
    htmlInput: { inputMode: 'decimal', readOnly, autoComplete: 'off', placeholder },
  });
});
