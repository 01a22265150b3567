import type { Theme } from '@mui/material/styles';

/** The class of a condition row's box (condition-row.tsx). */
export const conditionRowClass = 'se-condition-row';

/*
 * Styles of the parts that render by the thousand and re-render often: written once for the page
 * (SegmentEditor renders them with GlobalStyles) instead of an `sx` that MUI and emotion would
 * process again on every render. dnd-kit re-renders every row of a group when one is added, moved
 * or removed; each of those renders then costs no styling work. The theme's CSS variables keep the
 * light and dark schemes.
 */
export function editorGlobalStyles(theme: Theme) {
  const vars = theme.vars ?? theme;
  return {
    [`.${conditionRowClass}`]: {
      position: 'relative',
      border: `1px solid ${vars.palette.divider}`,
      borderRadius: vars.shape.borderRadius,
      backgroundColor: vars.palette.background.paper,
      padding: theme.spacing(1, 1.5, 1.5),
      containerType: 'inline-size',
      contentVisibility: 'auto',
      containIntrinsicSize: 'auto 190px',
      '&:focus-visible': { outline: `2px solid ${vars.palette.primary.main}` },
      '&[data-dragging]': { zIndex: 2, boxShadow: vars.shadows[4] },
    },
  } as const;
}
