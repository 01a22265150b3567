import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';
import type { IconName } from '../ui/icon-sprite';

/** The class of the rows' and groups' icon buttons, styled once for the page (editor-styles.ts). */
export const rowIconButtonClass = 'se-icon-button';

export type RowIcon = Exclude<IconName, 'ring' | 'dot'>;

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
 * `<button>`, its icon a mask painted by CSS (editor-styles.ts, from ui/icon-sprite.ts): every condition has four (drag, API codes, more, remove), so 100
 * conditions have 400, and MUI's (IconButton, ButtonBase, SvgIcon, each styled at render) were a
 * large part of the first render and of its memory. Keyboard and screen readers meet the same
 * native button. A function called by the component that shows the button, not a component: one
 * fiber fewer per button (see outlinedField).
 */
export function rowIconButton({
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
