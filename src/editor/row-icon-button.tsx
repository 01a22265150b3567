import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';

/** The class of the rows' and groups' icon buttons, styled once for the page (editor-styles.ts). */
export const rowIconButtonClass = 'se-icon-button';

// Material icons' paths (the same glyphs as @mui/icons-material's components of these names).
const paths = {
  drag: 'M11 18c0 1.1-.9 2-2 2s-2-.9-2-2 .9-2 2-2 2 .9 2 2m-2-8c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2m0-6c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2m6 4c1.1 0 2-.9 2-2s-.9-2-2-2-2 .9-2 2 .9 2 2 2m0 2c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2m0 6c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2',
  more: 'M12 8c1.1 0 2-.9 2-2s-.9-2-2-2-2 .9-2 2 .9 2 2 2m0 2c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2m0 6c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2',
  remove: 'M16 9v10H8V9zm-1.5-6h-5l-1 1H5v2h14V4h-3.5zM18 7H6v12c0 1.1.9 2 2 2h8c1.1 0 2-.9 2-2z',
  code: 'M9.4 16.6 4.8 12l4.6-4.6L8 6l-6 6 6 6zm5.2 0 4.6-4.6-4.6-4.6L16 6l6 6-6 6z',
  up: 'm4 12 1.41 1.41L11 7.83V20h2V7.83l5.58 5.59L20 12l-8-8z',
  down: 'm20 12-1.41-1.41L13 16.17V4h-2v12.17l-5.58-5.59L4 12l8 8z',
  copy: 'M16 1H4c-1.1 0-2 .9-2 2v14h2V3h12zm3 4H8c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h11c1.1 0 2-.9 2-2V7c0-1.1-.9-2-2-2m0 16H8V7h11z',
  expand: 'M16.59 8.59 12 13.17 7.41 8.59 6 10l6 6 6-6z',
  add: 'M19 13h-6v6h-2v-6H5v-2h6V5h2v6h6z',
} as const;

export type RowIcon = keyof typeof paths;

/**
 * Each icon as a CSS mask image (the button paints it in its own colour, `currentColor`): no
 * `<svg>` and `<path>` per button, 800 fewer elements for 100 conditions.
 */
export const rowIconMasks = Object.fromEntries(
  Object.entries(paths).map(([icon, d]) => [
    icon,
    `url("data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="${d}"/></svg>`)}")`,
  ]),
) as Record<RowIcon, string>;

export interface RowIconButtonProps extends Omit<
  ButtonHTMLAttributes<HTMLButtonElement>,
  'children'
> {
  icon: RowIcon;
  ref?: Ref<HTMLButtonElement>;
  /** Shown after the icon (the drag handle's condition number). */
  children?: ReactNode;
}

/**
 * A small icon button that looks like MUI's `<IconButton size="small">` with a small icon, as a plain
 * `<button>`, its icon a mask painted by CSS (editor-styles.ts): every condition has four (drag, API codes, more, remove), so 100
 * conditions have 400, and MUI's (IconButton, ButtonBase, SvgIcon, each styled at render) were a
 * large part of the first render and of its memory. Keyboard and screen readers meet the same
 * native button.
 */
export function RowIconButton({
  icon,
  ref,
  type = 'button',
  className,
  children,
  ...props
}: RowIconButtonProps) {
  return (
    <button
      ref={ref}
      type={type}
      className={className ? `${rowIconButtonClass} ${className}` : rowIconButtonClass}
      data-icon={icon}
      {...props}
    >
      {children}
    </button>
  );
}
