import { useEffect, useState } from 'react';

/**
 * `value`, once it has stayed the same for `delay` ms; the setter takes a value at once (a file
 * that was just read needs no waiting).
 */
export function useDebouncedValue<T>(value: T, delay: number): [T, (value: T) => void] {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return [debounced, setDebounced];
}
