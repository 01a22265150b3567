import type { Theme } from '@mui/material/styles';

/** The classes of outlinedField's parts (outlined-field.tsx). */
export const fieldClass = {
  root: 'se-field',
  label: 'se-field-label',
  asterisk: 'se-field-asterisk',
  box: 'se-field-box',
  input: 'se-field-input',
  help: 'se-field-help',
  selectIcon: 'se-field-select-icon',
} as const;

const c = fieldClass;

/** MUI FormControl's root: a column that a field's label, box and helper text stack in. */
export const formControlRoot = {
  display: 'inline-flex',
  flexDirection: 'column',
  position: 'relative',
  minWidth: 0,
  padding: 0,
  margin: 0,
  border: 0,
  verticalAlign: 'top',
} as const;

/**
 * outlinedField's look, written once for the page (in the static style sheet): MUI's
 * small outlined TextField (FormControl, InputLabel, OutlinedInput, NativeSelect, FormHelperText)
 * with the same measures, colours and transitions, from the theme's CSS variables so that the
 * light and dark schemes follow. The border is the box's own; the label, once on it, hides it with
 * the surface's colour (`--se-field-surface`, the paper's by default) instead of MUI's notched
 * `<fieldset>` with a copy of the label: three elements fewer per field. States are attributes set by the component
 * (`data-shrink`, `data-error`, `data-disabled`) or followed by CSS (`:focus-within`, `:hover`).
 */
export function fieldGlobalStyles(theme: Theme) {
  const vars = theme.vars ?? theme;
  const outline = theme.vars
    ? theme.alpha(theme.vars.palette.common.onBackground, 0.23)
    : theme.palette.mode === 'light'
      ? 'rgba(0, 0, 0, 0.23)'
      : 'rgba(255, 255, 255, 0.23)';
  const ease = theme.transitions.easing.easeOut;
  const shorter = theme.transitions.duration.shorter;
  const focused = `.${c.root}:focus-within`;
  const shrunk = `:is(.${c.root}[data-shrink], ${focused})`;
  return {
    [`.${c.root}`]: formControlRoot,
    [`.${c.root}[data-full]`]: { width: '100%' },
    [`.${c.label}`]: {
      ...theme.typography.body1,
      lineHeight: '1.4375em',
      color: vars.palette.text.secondary,
      // Its own background hides the border behind it once it sits on the border: no notch to draw.
      padding: '0 6px',
      display: 'block',
      position: 'absolute',
      left: 0,
      top: 0,
      zIndex: 1,
      pointerEvents: 'none',
      transformOrigin: 'top left',
      transform: 'translate(8px, 9px) scale(1)',
      whiteSpace: 'nowrap',
      overflow: 'hidden',
      textOverflow: 'ellipsis',
      maxWidth: 'calc(100% - 12px)',
      transition: theme.transitions.create(['color', 'transform', 'max-width'], {
        duration: shorter,
        easing: ease,
      }),
    },
    [`${shrunk} > .${c.label}`]: {
      userSelect: 'none',
      pointerEvents: 'auto',
      maxWidth: 'calc(133% - 16px)',
      transform: 'translate(9.5px, -9px) scale(0.75)',
      backgroundColor: `var(--se-field-surface, ${vars.palette.background.paper})`,
    },
    [`${focused} > .${c.label}`]: { color: vars.palette.primary.main },
    [`.${c.root}[data-error] > .${c.label}`]: { color: vars.palette.error.main },
    [`.${c.root}[data-disabled] > .${c.label}`]: { color: vars.palette.text.disabled },
    // The outlined box: a select's wrapper (it holds the arrow), or a text input itself.
    [`.${c.box}`]: {
      ...theme.typography.body1,
      lineHeight: '1.4375em',
      color: vars.palette.text.primary,
      boxSizing: 'border-box',
      width: '100%',
      border: `1px solid ${outline}`,
      borderRadius: vars.shape.borderRadius,
    },
    [`div.${c.box}`]: {
      position: 'relative',
      cursor: 'text',
      display: 'flex',
      alignItems: 'center',
    },
    [`.${c.input}`]: {
      font: 'inherit',
      letterSpacing: 'inherit',
      color: 'currentColor',
      // MUI's 8.5px 14px, less the box's border.
      padding: '7.5px 13px',
      boxSizing: 'content-box',
      background: 'none',
      height: '1.4375em',
      margin: 0,
      WebkitTapHighlightColor: 'transparent',
      display: 'block',
      minWidth: 0,
      width: '100%',
      borderRadius: 'inherit',
      '&:focus': { outline: 0 },
      '&::placeholder': {
        color: 'currentColor',
        opacity: theme.palette.mode === 'light' ? 0.42 : 0.5,
      },
      '&:invalid': { boxShadow: 'none' },
      '&:disabled': { opacity: 1, WebkitTextFillColor: vars.palette.text.disabled },
    },
    // A text input is its own box: its height includes the border, the text stays where it was.
    [`input.${c.box}`]: {
      boxSizing: 'border-box',
      height: 'calc(1.4375em + 17px)',
      borderRadius: vars.shape.borderRadius,
    },
    // As MUI's: a placeholder shows only once the label has moved out of its way.
    [`.${c.root}:not([data-shrink]):not(:focus-within) .${c.input}::placeholder`]: { opacity: 0 },
    // A select draws no border of its own: its wrapper, which holds the arrow, does.
    [`select.${c.input}`]: {
      border: 0,
      appearance: 'none',
      userSelect: 'none',
      cursor: 'pointer',
      paddingRight: 31,
      '&:disabled': { cursor: 'default' },
      '& option, & optgroup': { backgroundColor: vars.palette.background.paper },
    },
    [`.${c.selectIcon}`]: {
      position: 'absolute',
      right: 6,
      top: 'calc(50% - .5em)',
      width: '1em',
      height: '1em',
      fontSize: '1.5rem',
      fill: 'currentColor',
      pointerEvents: 'none',
      color: vars.palette.action.active,
    },
    [`.${c.root}[data-disabled] .${c.selectIcon}`]: { color: vars.palette.action.disabled },
    [`.${c.box}:hover`]: { borderColor: vars.palette.text.primary },
    '@media (hover: none)': { [`.${c.box}:hover`]: { borderColor: outline } },
    // Two pixels when focused, the second an inner shadow: the text does not move.
    [`${focused} > .${c.box}`]: {
      borderColor: vars.palette.primary.main,
      boxShadow: `inset 0 0 0 1px ${vars.palette.primary.main}`,
    },
    [`.${c.root}[data-error] > .${c.box}`]: { borderColor: vars.palette.error.main },
    [`.${c.root}[data-error]:focus-within > .${c.box}`]: {
      boxShadow: `inset 0 0 0 1px ${vars.palette.error.main}`,
    },
    [`.${c.root}[data-disabled] > .${c.box}`]: {
      color: vars.palette.text.disabled,
      cursor: 'default',
      borderColor: vars.palette.action.disabled,
    },
    [`.${c.help}`]: {
      ...theme.typography.caption,
      color: vars.palette.text.secondary,
      textAlign: 'left',
      margin: '3px 14px 0',
    },
    [`.${c.root}[data-error] > .${c.help}`]: { color: vars.palette.error.main },
    [`.${c.root}[data-disabled] > .${c.help}`]: { color: vars.palette.text.disabled },
  } as const;
}
