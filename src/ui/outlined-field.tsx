import type {
  CSSProperties,
  InputHTMLAttributes,
  KeyboardEventHandler,
  MouseEventHandler,
  ReactNode,
  Ref,
} from 'react';
import { fieldClass } from './outlined-field-styles';

/** Attributes of the `<input>` itself (readOnly, inputMode, the ARIA of a combobox, data-*). */
export type FieldInputAttributes = InputHTMLAttributes<HTMLInputElement> & {
  [data: `data-${string}`]: string | number | boolean | undefined;
};

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
  htmlInput?: FieldInputAttributes | undefined;
  /** On the field's root (a width in a row of switches). */
  style?: CSSProperties | undefined;
  /** Another class on the field's root (its place in a layout). */
  className?: string | undefined;
  ref?: Ref<HTMLDivElement> | undefined;
}

/** MUI's ArrowDropDown, the mark of a native select. */
const selectIcon = (
  <svg className={fieldClass.selectIcon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <path d="M7 10l5 5 5-5z" />
  </svg>
);

/**
 * A small outlined field, looking and behaving as MUI's small outlined TextField (floating label
 * on the outline, helper text as the input's description, `aria-invalid` on an error) but made of
 * plain elements styled once for the page (outlined-field-styles.ts): a segment of 100 conditions
 * shows about 400 of them, and MUI's FormControl, InputLabel, OutlinedInput, InputBase and
 * NotchedOutline made each one some fifteen components with their own styling work on every render.
 * Focus is followed by CSS (`:focus-within`), so focusing a field re-renders nothing.
 *
 * A function that returns the field's elements, called by the component that shows it (no hooks,
 * no memo): a component of its own was one more fiber for React to create and walk per field, 400
 * of them at 100 conditions, for no work of its own.
 */
export function outlinedField(props: OutlinedFieldProps) {
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
    style,
    className,
    ref,
  } = props;
  const helperId = helperText ? `${id}-helper-text` : undefined;
  const select = options !== undefined;
  const shrink = select || shrinkLabel || value !== '';
  const common = {
    id,
    className: fieldClass.input,
    disabled,
    required,
    'aria-invalid': error || undefined,
    'aria-describedby': helperId,
  };
  return (
    <div
      ref={ref}
      className={className ? `${fieldClass.root} ${className}` : fieldClass.root}
      data-shrink={shrink || undefined}
      data-error={error || undefined}
      data-disabled={disabled || undefined}
      data-full={fullWidth || undefined}
      style={style}
      onClick={onClick}
      onKeyDown={onKeyDown}
    >
      <label className={fieldClass.label} htmlFor={id} id={`${id}-label`}>
        {/* The label alone is the element's text (React sets it, no text node of its own to
            create and keep): one child, not the label and a `false`. */}
        {required ? (
          <>
            {label}
            <span aria-hidden="true" className={fieldClass.asterisk}>
              {'\u2009*'}
            </span>
          </>
        ) : (
          label
        )}
      </label>
      {select ? (
        <div className={fieldClass.box}>
          <select
            {...common}
            value={value}
            onChange={(event) => onChange(event.target.value)}
            onBlur={onBlur}
          >
            {options}
          </select>
          {selectIcon}
        </div>
      ) : (
        // The input is its own outlined box: one element fewer per field than a wrapper.
        <input
          {...htmlInput}
          {...common}
          className={`${fieldClass.box} ${fieldClass.input}`}
          type={type ?? 'text'}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          onBlur={onBlur}
        />
      )}
      {helperText && (
        <p id={helperId} className={fieldClass.help}>
          {helperText}
        </p>
      )}
    </div>
  );
}
