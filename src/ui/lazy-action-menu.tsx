import type { ActionMenuProps } from './action-menu';
import { lazyPart } from './lazy';
import { LoadFailedNotice } from './load-failed-notice';
import { useOpenedOnce } from './use-opened-once';
import { retryableImport } from './retry-import';

const actionMenu = lazyPart<ActionMenuProps>(
  retryableImport(
    () => import('./action-menu'),
    (module) => module.ActionMenu,
  ),
  () => null,
  (props, retry) =>
    props.open ? <LoadFailedNotice part="menu" onRetry={retry} onClose={props.onClose} /> : null,
);

/** Starts loading the menu's code: on pointer enter and focus of a menu button, so that it opens at once. */
export const preloadActionMenu = actionMenu.preload;

/**
 * An ActionMenu whose code (MUI's Menu, Popover, Modal) is split off the initial bundle, as most
 * visits never open a menu: loaded on the first opening (or earlier, with `preloadActionMenu`), then
 * kept mounted so that it animates closed. Open while `anchor` is set. A menu whose code cannot
 * load says so, with Retry and Close.
 */
export function LazyActionMenu(props: Omit<ActionMenuProps, 'open'>) {
  const open = props.anchor !== null;
  return useOpenedOnce(open) ? <actionMenu.Part {...props} open={open} retryKey={open} /> : null;
}
