import type { ComponentType } from 'react';
import { loadXmlCodec } from '../segment';
import { lazyDialog, type LazyDialog } from '../ui/lazy-dialog';

/**
 * A preview dialog that reads XML, loaded on its first opening ({@link lazyDialog}): its chunk
 * comes with the XML reader, which the initial bundle leaves out. Open while `open`; `onClose`
 * is its way out when its code cannot load.
 */
export function lazyXmlDialog<P extends { open: boolean; onClose: () => void }>(
  load: () => Promise<ComponentType<P>>,
): LazyDialog<P> {
  return lazyDialog<P>(
    () => Promise.all([load(), loadXmlCodec()]).then(([Dialog]) => Dialog),
    (props) => props.open,
    (props) => props.onClose(),
  );
}
