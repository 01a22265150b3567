import { lazyDialog } from '../ui/lazy-dialog';
import type { ComponentProps } from 'react';
import type { ConflictDialogProps } from './conflict-dialog';
import type { OpenSegmentDialog } from './open-segment-dialog';
import type { OverwriteDialogProps } from './overwrite-dialog';
import type { SettingsDialog } from './settings-dialog';
import { retryableImport } from '../ui/retry-import';

/*
 * The app's dialogs are rarely opened, so their code (tables, lists, radio groups) is split off the
 * initial bundle: each loads on its first opening and stays mounted after, to animate closed.
 */

export const LazyConflictDialog = lazyDialog<ConflictDialogProps>(
  retryableImport(
    () => import('./conflict-dialog'),
    (m) => m.ConflictDialog,
  ),
  (props) => props.conflict !== null,
  (props) => props.onCancel(),
).Dialog;

export const LazyOverwriteDialog = lazyDialog<OverwriteDialogProps>(
  retryableImport(
    () => import('./overwrite-dialog'),
    (m) => m.OverwriteDialog,
  ),
  (props) => props.question !== null,
  (props) => props.onCancel(),
).Dialog;

export const LazyOpenSegmentDialog = lazyDialog<ComponentProps<typeof OpenSegmentDialog>>(
  retryableImport(
    () => import('./open-segment-dialog'),
    (m) => m.OpenSegmentDialog,
  ),
  (props) => props.open,
  (props) => props.onClose(),
).Dialog;

export const LazySettingsDialog = lazyDialog<ComponentProps<typeof SettingsDialog>>(
  retryableImport(
    () => import('./settings-dialog'),
    (m) => m.SettingsDialog,
  ),
  (props) => props.open,
  (props) => props.onClose(),
).Dialog;
