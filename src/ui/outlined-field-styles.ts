import type { Theme } from '@mui/material/styles';

/** The classes of OutlinedField's parts (outlined-field.tsx). */
export const fieldClass = {
  root: 'se-field',
  label: 'se-field-label',
  asterisk: 'se-field-asterisk',
  box: 'se-field-box',
  input: 'se-field-input',
  outline: 'se-field-outline',
  help: 'se-field-help',
  selectIcon: 'se-field-select-icon',
} as const;

const c = fieldClass;

/**
 * OutlinedField's look, written once for the page (the app renders it with GlobalStyles): MUI's
 * small outlined TextField (FormControl, InputLabel, OutlinedInput, NotchedOutline, NativeSelect,
 * FormHelperText) with the same measures, colours and transitions, from the theme's CSS variables
 * so that the light and dark schemes follow. States are attributes set by the component
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
    [`.${c.root}`]: {
      display: 'inline-flex',
      flexDirection: 'column',
      position: 'relative',
      minWidth: 0,
      padding: 0,
      margin: 0,
      border: 0,
      verticalAlign: 'top',
    },
    [`.${c.root}[data-full]`]: { width: '100%' },
    [`.${c.label}`]: {
      ...theme.typography.body1,
      lineHeight: '1.4375em',
      color: vars.palette.text.secondary,
      padding: 0,
      display: 'block',
      position: 'absolute',
      left: 0,
      top: 0,
      zIndex: 1,
      pointerEvents: 'none',
      transformOrigin: 'top left',
      transform: 'translate(14px, 9px) scale(1)',
      whiteSpace: 'nowrap',
      overflow: 'hidden',
      textOverflow: 'ellipsis',
      maxWidth: 'calc(100% - 24px)',
      transition: theme.transitions.create(['color', 'transform', 'max-width'], {
        duration: shorter,
        easing: ease,
      }),
    },
    [`${shrunk} > .${c.label}`]: {
      userSelect: 'none',
      pointerEvents: 'auto',
      maxWidth: 'calc(133% - 32px)',
      transform: 'translate(14px, -9px) scale(0.75)',
    },
    [`${focused} > .${c.label}`]: { color: vars.palette.primary.main },
    [`.${c.root}[data-error] > .${c.label}`]: { color: vars.palette.error.main },
    [`.${c.root}[data-disabled] > .${c.label}`]: { color: vars.palette.text.disabled },
    [`.${c.box}`]: {
      ...theme.typography.body1,
      lineHeight: '1.4375em',
      color: vars.palette.text.primary,
      boxSizing: 'border-box',
      position: 'relative',
      cursor: 'text',
      display: 'flex',
      alignItems: 'center',
      width: '100%',
      borderRadius: vars.shape.borderRadius,
    },
    [`.${c.root}[data-disabled] > .${c.box}`]: {
      color: vars.palette.text.disabled,
      cursor: 'default',
    },
    [`.${c.input}`]: {
      font: 'inherit',
      letterSpacing: 'inherit',
      color: 'currentColor',
      padding: '8.5px 14px',
      border: 0,
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
    // As MUI's: a placeholder shows only once the label has moved out of its way.
    [`.${c.root}:not([data-shrink]):not(:focus-within) .${c.input}::placeholder`]: { opacity: 0 },
    [`select.${c.input}`]: {
      appearance: 'none',
      userSelect: 'none',
      cursor: 'pointer',
      paddingRight: 32,
      '&:disabled': { cursor: 'default' },
      '& option, & optgroup': { backgroundColor: vars.palette.background.paper },
    },
    [`.${c.selectIcon}`]: {
      position: 'absolute',
      right: 7,
      top: 'calc(50% - .5em)',
      width: '1em',
      height: '1em',
      fontSize: '1.5rem',
      fill: 'currentColor',
      pointerEvents: 'none',
      color: vars.palette.action.active,
    },
    [`.${c.root}[data-disabled] .${c.selectIcon}`]: { color: vars.palette.action.disabled },
    [`.${c.outline}`]: {
      textAlign: 'left',
      position: 'absolute',
      inset: '-5px 0 0 0',
      margin: 0,
      padding: '0 8px',
      pointerEvents: 'none',
      borderRadius: 'inherit',
      borderStyle: 'solid',
      borderWidth: 1,
      borderColor: outline,
      overflow: 'hidden',
      minWidth: '0%',
      '& > legend': {
        float: 'unset',
        width: 'auto',
        overflow: 'hidden',
        display: 'block',
        padding: 0,
        height: 11,
        fontSize: '0.75em',
        visibility: 'hidden',
        maxWidth: 0.01,
        transition: theme.transitions.create('max-width', {
          duration: 50,
          easing: theme.transitions.easing.easeOut,
        }),
        whiteSpace: 'nowrap',
        '& > span': {
          paddingLeft: 5,
          paddingRight: 5,
          display: 'inline-block',
          opacity: 0,
          visibility: 'visible',
        },
      },
    },
    [`${shrunk} .${c.outline} > legend`]: {
      maxWidth: '100%',
      transition: theme.transitions.create('max-width', {
        duration: 100,
        easing: theme.transitions.easing.easeOut,
        delay: 50,
      }),
    },
    [`.${c.box}:hover > .${c.outline}`]: { borderColor: vars.palette.text.primary },
    '@media (hover: none)': { [`.${c.box}:hover > .${c.outline}`]: { borderColor: outline } },
    [`${focused} .${c.outline}`]: { borderWidth: 2, borderColor: vars.palette.primary.main },
    [`.${c.root}[data-error] .${c.outline}`]: { borderColor: vars.palette.error.main },
    [`.${c.root}[data-disabled] .${c.outline}`]: { borderColor: vars.palette.action.disabled },
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
