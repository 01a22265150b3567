import type { Theme } from '@mui/material/styles';
import { iconMask } from '../ui/icon-sprite';
import { formControlRoot } from '../ui/outlined-field-styles';

/** The classes of the Kind field's parts (kind-field.tsx). */
export const kindClass = {
  root: 'se-kind',
  legend: 'se-kind-legend',
  options: 'se-kind-options',
  option: 'se-kind-option',
  radio: 'se-radio',
  text: 'se-kind-text',
  name: 'se-kind-name',
  help: 'se-kind-help',
  error: 'se-kind-error',
} as const;

const c = kindClass;

/**
 * The Kind field's look, written once for the page (its static style sheet, static-styles.tsx):
 * MUI's FormControl + FormLabel + RadioGroup + FormControlLabel + small Radio, with the same
 * measures, colours and transitions, from the theme's CSS variables so that the light and dark
 * schemes follow. The radios are native inputs (invisible, over their glyphs, as MUI's are) and
 * the glyphs CSS masks: seven MUI components, about 4 KB gzip, out of the first screen's script.
 */
export function kindGlobalStyles(theme: Theme) {
  const vars = theme.vars ?? theme;
  const shortest = theme.transitions.duration.shortest;
  const hover = (color: string) => theme.alpha(color, vars.palette.action.hoverOpacity);
  return {
    [`.${c.root}`]: formControlRoot,
    [`.${c.legend}`]: {
      ...theme.typography.body1,
      lineHeight: '1.4375em',
      color: vars.palette.text.secondary,
      padding: 0,
      marginBottom: 4,
      position: 'relative',
    },
    [`.${c.root}:focus-within > .${c.legend}`]: { color: vars.palette.primary.main },
    [`.${c.root}[data-error] > .${c.legend}`]: { color: vars.palette.error.main },
    [`.${c.options}`]: { display: 'flex', flexDirection: 'column', flexWrap: 'wrap', gap: 4 },
    [`.${c.option}`]: {
      display: 'inline-flex',
      alignItems: 'flex-start',
      cursor: 'pointer',
      verticalAlign: 'middle',
      WebkitTapHighlightColor: 'transparent',
      marginLeft: -11,
      marginRight: 0,
    },
    [`.${c.option}[data-disabled]`]: { cursor: 'default' },
    // The radio: MUI's box of 9 px around a 20 px glyph (2 px above, to line up with the name),
    // the input over it.
    [`.${c.radio}`]: {
      display: 'inline-flex',
      flexShrink: 0,
      position: 'relative',
      boxSizing: 'border-box',
      padding: '2px 9px 9px',
      borderRadius: '50%',
      color: vars.palette.text.secondary,
      '&::before, &::after': {
        content: '""',
        display: 'block',
        width: '1.25rem',
        height: '1.25rem',
        backgroundColor: 'currentColor',
      },
      '&::before': iconMask('1.25rem', 'ring'),
      '&::after': {
        ...iconMask('1.25rem', 'dot'),
        position: 'absolute',
        top: 2,
        left: 9,
        transform: 'scale(0)',
        transition: theme.transitions.create('transform', {
          duration: shortest,
          easing: theme.transitions.easing.easeIn,
        }),
      },
      '&:has(:checked)': { color: vars.palette.primary.main },
      '&:has(:checked)::after': {
        transform: 'scale(1)',
        transition: theme.transitions.create('transform', {
          duration: shortest,
          easing: theme.transitions.easing.easeOut,
        }),
      },
      '&:has(:disabled)': { color: vars.palette.action.disabled },
      '&:hover': { backgroundColor: hover(vars.palette.action.active) },
      '&:has(:checked):hover': { backgroundColor: hover(vars.palette.primary.main) },
      '&:has(:disabled):hover': { backgroundColor: 'transparent' },
      '@media (hover: none)': { '&:hover': { backgroundColor: 'transparent' } },
      // The same ring as every MUI button's (theme-options.ts), around the round box.
      '&:has(:focus-visible)': {
        outline: `2px solid ${vars.palette.primary.main}`,
        outlineOffset: 2,
      },
      '& > input': {
        cursor: 'inherit',
        position: 'absolute',
        opacity: 0,
        width: '100%',
        height: '100%',
        top: 0,
        left: 0,
        margin: 0,
        padding: 0,
        zIndex: 1,
      },
    },
    [`.${c.text}`]: { ...theme.typography.body1 },
    [`.${c.name}, .${c.help}`]: { ...theme.typography.body2, display: 'block' },
    // The explanation under each kind's name, in the secondary colour (as the other notes).
    [`.${c.help}`]: { color: vars.palette.text.secondary },
    [`.${c.name}`]: { fontWeight: 600 },
    [`.${c.option}[data-disabled] .${c.text}`]: { color: vars.palette.text.disabled },
    [`.${c.error}`]: { ...theme.typography.caption, color: vars.palette.error.main },
  } as const;
}
