import type { ReactNode } from 'react';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';

/** One entry of an action menu. */
export interface MenuAction {
  key: string;
  label: ReactNode;
  onClick: () => void;
  disabled?: boolean | undefined;
  selected?: boolean | undefined;
}

export interface ActionMenuProps {
  /** The button the menu opens from. */
  anchor: HTMLElement | null;
  open: boolean;
  actions: readonly MenuAction[];
  onClose: () => void;
  /** Aligned with the anchor's right edge (a menu at the right end of the header). */
  alignRight?: boolean | undefined;
}

const right = {
  anchorOrigin: { vertical: 'bottom', horizontal: 'right' },
  transformOrigin: { vertical: 'top', horizontal: 'right' },
} as const;

/**
 * MUI's Menu over a list of actions (roles menu and menuitem, arrow keys, Escape, focus back to the
 * button on close). Loaded on demand through LazyActionMenu: Menu brings Popover and Modal.
 */
export function ActionMenu({ anchor, open, actions, onClose, alignRight }: ActionMenuProps) {
  return (
    <Menu
      anchorEl={anchor}
      open={open && anchor !== null}
      onClose={onClose}
      {...(alignRight ? right : {})}
    >
      {actions.map((action) => (
        <MenuItem
          key={action.key}
          disabled={action.disabled}
          selected={action.selected}
          onClick={action.onClick}
        >
          {action.label}
        </MenuItem>
      ))}
    </Menu>
  );
}
