import { lazy, Suspense, useState, type ComponentProps } from 'react';
import type { ConflictDialog as ConflictDialogType } from './conflict-dialog';
import type { OpenSegmentDialog as OpenSegmentDialogType } from './open-segment-dialog';
import type { SettingsDialog as SettingsDialogType } from './settings-dialog';

/*
 * The app's dialogs are rarely opened, so their code (tables, lists, radio groups) is split off the
 * initial bundle: each loads on its first opening and stays mounted after, to animate closed.
 */

const Conflict = lazy(() => import('./conflict-dialog').then((m) => ({ default: m.ConflictDialog })));
const OpenSegment = lazy(() => import('./open-segment-dialog').then((m) => ({ default: m.OpenSegmentDialog })));
const Settings = lazy(() => import('./settings-dialog').then((m) => ({ default: m.SettingsDialog })));

function useOpened(open: boolean): boolean {
  const [used, setUsed] = useState(open);
  if (open && !used) setUsed(true);
  return used || open;
}

export function LazyConflictDialog(props: ComponentProps<typeof ConflictDialogType>) {
  const used = useOpened(props.conflict !== null);
  return used ? (
    <Suspense fallback={null}>
      <Conflict {...props} />
    </Suspense>
  ) : null;
}

export function LazyOpenSegmentDialog(props: ComponentProps<typeof OpenSegmentDialogType>) {
  const used = useOpened(props.open);
  return used ? (
    <Suspense fallback={null}>
      <OpenSegment {...props} />
    </Suspense>
  ) : null;
}

export function LazySettingsDialog(props: ComponentProps<typeof SettingsDialogType>) {
  const used = useOpened(props.open);
  return used ? (
    <Suspense fallback={null}>
      <Settings {...props} />
    </Suspense>
  ) : null;
}
