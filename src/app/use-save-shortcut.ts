import { useEffect, useEffectEvent } from 'react';

/** Ctrl+S (Cmd+S on a Mac) saves instead of the browser's "Save page". */
export function useSaveShortcut(save: () => void, enabled: boolean): void {
  const onSave = useEffectEvent(save);
  useEffect(() => {
    if (!enabled) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (
        !(event.ctrlKey || event.metaKey) ||
        event.altKey ||
        event.shiftKey ||
        event.key.toLowerCase() !== 's'
      )
        return;
      event.preventDefault();
      if (!event.repeat) onSave();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
