import type { Theme } from '@mui/material/styles';

import { iconIndexRules, iconMask } from '../ui/icon-sprite';
import { rowIconButtonClass } from './row-icon-button';

/** The class of a condition row's box (condition-row.tsx). */
export const conditionRowClass = 'se-condition-row';

/*
 * Styles of the parts that render by the thousand and re-render often: written once for the page
 * (its static style sheet, src/app/static-styles.tsx) instead of an `sx` that MUI and emotion would
 * process again on every render. dnd-kit re-renders every row of a group when one is added, moved
 * or removed; each of those renders then costs no styling work. The theme's CSS variables keep the
 * light and dark schemes.
 */
/** A 20 px icon: the one the element's `data-icon` names (row-icon-button.tsx), in its text colour. */
const maskIcon = {
  content: '""',
  width: 20,
  height: 20,
  flexShrink: 0,
  backgroundColor: 'currentColor',
  ...iconMask('20px'),
} as const;

// Forced colours would paint the mask's background as the page's: the icon takes the text's.
const maskIconInForcedColors = {
  '@media (forced-colors: active)': {
    '&::before': { backgroundColor: 'ButtonText', forcedColorAdjust: 'none' },
  },
} as const;

export function editorGlobalStyles(theme: Theme) {
  const vars = theme.vars ?? theme;
  return {
    // One line: handle, the line of inputs (wrapping when narrow), actions; the API codes under it.
    [`.${conditionRowClass}`]: {
      position: 'relative',
      display: 'grid',
      gridTemplateColumns: 'auto minmax(0, 1fr) auto auto',
      gridTemplateAreas: '"handle line toggle actions" ". codes codes codes"',
      alignItems: 'start',
      columnGap: theme.spacing(0.5),
      border: `1px solid ${vars.palette.divider}`,
      borderRadius: vars.shape.borderRadius,
      backgroundColor: vars.palette.background.paper,
      padding: theme.spacing(0.75, 0.75, 0.75, 0.25),
      contentVisibility: 'auto',
      containIntrinsicSize: 'auto 56px',
      '&:focus-visible': { outline: `2px solid ${vars.palette.primary.main}` },
      '&[data-dragging]': { zIndex: 2, boxShadow: vars.shadows[4] },
    },
    // MUI's small IconButton with a small icon: 30 px round, the action colours, a round focus mark.
    // Before the rules below, which adjust some of them (the handle's padding, the toggle's place).
    [`.${rowIconButtonClass}`]: {
      display: 'inline-flex',
      alignItems: 'center',
      justifyContent: 'center',
      flex: '0 0 auto',
      boxSizing: 'border-box',
      padding: 5,
      margin: 0,
      border: 0,
      borderRadius: '50%',
      backgroundColor: 'transparent',
      color: vars.palette.action.active,
      font: 'inherit',
      cursor: 'pointer',
      outline: 0,
      WebkitTapHighlightColor: 'transparent',
      '&::before': maskIcon,
      ...maskIconInForcedColors,
      '&:hover': { backgroundColor: vars.palette.action.hover },
      '&:focus-visible': {
        backgroundColor: vars.palette.action.focus,
        boxShadow: `0 0 0 2px ${vars.palette.primary.main}`,
      },
      '&:disabled': {
        color: vars.palette.action.disabled,
        backgroundColor: 'transparent',
        cursor: 'default',
      },
    },
    ...iconIndexRules,
    // A rule group: an outlined MUI Paper (group-card.tsx).
    // The editor's column: settings, rules, the groups.
    '.se-stack': { display: 'flex', flexDirection: 'column', gap: theme.spacing(2) },
    // A section's heading (Segment, Rules) and the line under it.
    '.se-section-title': {
      margin: theme.spacing(0, 0, 2),
      fontFamily: theme.typography.fontFamily,
      lineHeight: 1.2,
      letterSpacing: '-0.00833em',
      fontSize: '1.125rem',
      fontWeight: 600,
    },
    '.se-section-title-tight': { marginBottom: theme.spacing(0.5) },
    '.se-section-lead': {
      ...theme.typography.body2,
      margin: theme.spacing(0, 0, 2),
      color: vars.palette.text.secondary,
    },
    // The segment's settings: name, ID and database side by side from `sm`, then the kind.
    '.se-settings-grid': {
      display: 'grid',
      gap: theme.spacing(2),
      alignItems: 'start',
      gridTemplateColumns: '1fr',
      [theme.breakpoints.up('sm')]: {
        gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 1fr) minmax(0, 1fr)',
      },
    },
    '.se-database': {
      display: 'flex',
      alignItems: 'flex-start',
      gap: theme.spacing(0.5),
      minWidth: 0,
    },
    '.se-settings-kind': { marginTop: theme.spacing(2) },
    '.se-group, .se-card': {
      backgroundColor: vars.palette.background.paper,
      color: vars.palette.text.primary,
      borderRadius: vars.shape.borderRadius,
      border: `1px solid ${vars.palette.divider}`,
      padding: theme.spacing(1.5),
      [theme.breakpoints.up('sm')]: { padding: theme.spacing(2) },
      '&:focus-visible': { outline: `2px solid ${vars.palette.primary.main}` },
    },
    // A group off screen is not styled, laid out or painted until it comes near the viewport: at
    // start-up the first frame draws the groups in view, not all of them. Its height meanwhile is
    // the one it last had, or group-card.tsx's estimate. While one of its conditions is dragged it
    // is drawn as usual, so that the condition is not clipped at its edges on its way to another
    // group.
    '.se-group': {
      contentVisibility: 'auto',
      containIntrinsicSize: 'auto 600px',
    },
    '.se-group:has([data-dragging])': { contentVisibility: 'visible' },
    '.se-group-body': { marginTop: theme.spacing(2) },
    // Its conditions; outlined while a dragged condition is over them.
    '.se-group-rows': {
      marginTop: theme.spacing(2),
      display: 'flex',
      flexDirection: 'column',
      gap: theme.spacing(1.5),
      minHeight: 48,
      borderRadius: vars.shape.borderRadius,
      '&[data-over]': { outline: `2px dashed ${vars.palette.primary.main}` },
    },
    // MUI's text Button (medium, primary) with a start icon: "Add condition".
    '.se-text-button': {
      ...theme.typography.button,
      display: 'inline-flex',
      alignItems: 'center',
      justifyContent: 'center',
      position: 'relative',
      boxSizing: 'border-box',
      minWidth: 64,
      margin: theme.spacing(1.5, 0, 0),
      padding: '6px 8px',
      border: 0,
      borderRadius: vars.shape.borderRadius,
      backgroundColor: 'transparent',
      color: vars.palette.primary.main,
      cursor: 'pointer',
      userSelect: 'none',
      verticalAlign: 'middle',
      appearance: 'none',
      outline: 0,
      WebkitTapHighlightColor: 'transparent',
      transition: theme.transitions.create(
        ['background-color', 'box-shadow', 'border-color', 'color'],
        {
          duration: theme.transitions.duration.short,
        },
      ),
      '&::before': { ...maskIcon, margin: '0 8px 0 -4px' },
      ...maskIconInForcedColors,
      '@media (hover: hover)': {
        '&:hover': {
          backgroundColor: theme.alpha(vars.palette.primary.main, vars.palette.action.hoverOpacity),
        },
      },
      '&:focus-visible': { outline: `2px solid ${vars.palette.primary.main}`, outlineOffset: 2 },
      '&:disabled': { color: vars.palette.action.disabled, cursor: 'default' },
    },
    // A group's header: toggle, title, count and summary, actions.
    '.se-group-header': {
      display: 'flex',
      alignItems: 'center',
      flexWrap: 'wrap',
      gap: theme.spacing(1),
    },
    // MUI's small IconButton with a medium icon, turned while the group is closed.
    '.se-group-toggle::before': { width: 24, height: 24, transition: 'transform 150ms' },
    '.se-group-toggle[aria-expanded="false"]::before': { transform: 'rotate(-90deg)' },
    '.se-group-heading': { flexGrow: 1, minWidth: 0 },
    '.se-group-title': {
      ...theme.typography.h3,
      fontSize: '1rem',
      fontWeight: 600,
      display: 'inline',
      margin: theme.spacing(0, 1, 0, 0),
    },
    // The condition count, drawn as MUI's small Chip draws it.
    '.se-group-count': {
      display: 'inline-flex',
      alignItems: 'center',
      verticalAlign: 'middle',
      height: 24,
      maxWidth: '100%',
      padding: theme.spacing(0, 1),
      marginRight: theme.spacing(1),
      borderRadius: 16,
      backgroundColor: vars.palette.action.selected,
      color: vars.palette.text.primary,
      fontSize: '0.8125rem',
      lineHeight: 1.5,
      whiteSpace: 'nowrap',
    },
    '.se-group-summary': {
      ...theme.typography.body2,
      color: vars.palette.text.secondary,
      display: 'block',
      [theme.breakpoints.up('sm')]: { display: 'inline' },
    },
    '.se-group-actions': { display: 'flex', gap: 2 },
    // A group's match, sample and limit.
    '.se-group-settings': {
      display: 'grid',
      gap: theme.spacing(2),
      gridTemplateColumns: 'repeat(auto-fit, minmax(190px, 1fr))',
      alignItems: 'start',
    },
    '.se-sample': { minWidth: 0 },
    '.se-sample-label': { ...theme.typography.body2, fontWeight: 500, margin: 0 },
    '.se-sample-slider': { padding: theme.spacing(0, 1.25) },
    '.se-sample-inputs': {
      display: 'grid',
      gridTemplateColumns: '1fr 1fr',
      gap: theme.spacing(1.5),
    },
    // As MUI's FormHelperText.
    '.se-sample-help': {
      ...theme.typography.caption,
      color: vars.palette.text.secondary,
      margin: '3px 0 0',
    },
    // The slider's stand-in until MUI's arrives (sample-field.tsx): rail, range and thumbs.
    '.se-slider-placeholder': {
      position: 'relative',
      display: 'inline-block',
      width: '100%',
      height: 28,
      color: vars.palette.primary.main,
      '&[data-disabled]': { color: vars.palette.action.disabled },
    },
    '.se-slider-rail, .se-slider-track, .se-slider-thumb': {
      position: 'absolute',
      backgroundColor: 'currentColor',
    },
    '.se-slider-rail': { top: 13, left: 0, right: 0, height: 2, borderRadius: 8, opacity: 0.38 },
    '.se-slider-track': { top: 13, height: 2 },
    '.se-slider-thumb': { top: 8, width: 12, height: 12, marginLeft: -6, borderRadius: '50%' },
    '.se-condition-handle': {
      gridArea: 'handle',
      cursor: 'grab',
      touchAction: 'none',
      marginTop: 4,
      gap: 0,
    },
    '.se-condition-number': {
      fontSize: '0.75rem',
      minWidth: '1.25em',
      color: vars.palette.text.secondary,
    },
    '.se-condition-line': {
      gridArea: 'line',
      display: 'flex',
      flexWrap: 'wrap',
      alignItems: 'flex-start',
      gap: theme.spacing(1),
      minWidth: 0,
    },
    // Bases that fit one line in the editor's column of a 1100 px window (about 400 px for the three).
    '.se-condition-field': { flex: '3 1 140px', minWidth: 0 },
    '.se-condition-operator': { flex: '2 1 104px', minWidth: 0 },
    '.se-condition-value': { flex: '4 1 140px', minWidth: 0 },
    // A rule of several parameters, or free pairs: their own line under Field and Operator.
    '.se-condition-value-wide': { flexBasis: '100%' },
    '.se-condition-line input': { textOverflow: 'ellipsis', fontSize: '0.9375rem' },
    // A rule's parameters side by side, wrapping when narrow.
    '.se-rule-values': {
      display: 'grid',
      gap: theme.spacing(1.5),
      gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 140px), 1fr))',
    },
    '.se-condition-no-value': {
      ...theme.typography.body2,
      color: vars.palette.text.secondary,
      margin: 0,
      padding: theme.spacing(1.25, 0),
    },
    '.se-condition-codes-button': { gridArea: 'toggle', marginTop: 4, marginLeft: 4 },
    '.se-condition-codes-button[aria-expanded="true"]': { color: vars.palette.primary.main },
    '.se-condition-actions': { gridArea: 'actions', display: 'flex', marginTop: 4 },
    '.se-condition-codes': {
      gridArea: 'codes',
      display: 'grid',
      gap: theme.spacing(1.5, 1),
      gridTemplateColumns: 'repeat(auto-fit, minmax(140px, 1fr))',
      marginTop: theme.spacing(1),
      paddingTop: theme.spacing(1.5),
      borderTop: `1px dashed ${vars.palette.divider}`,
    },
  } as const;
}
