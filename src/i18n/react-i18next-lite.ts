import i18next, { type Namespace } from 'i18next';
import { useSyncExternalStore } from 'react';

/*
 * The two parts of react-i18next the editor uses, `useTranslation` and `initReactI18next`, with the
 * same behaviour for this app (the build and the unit tests alias 'react-i18next' here, see
 * vite.config.ts; types stay react-i18next's). react-i18next 17's hook copies the whole i18next
 * instance into a wrapper object on every component's mount: hundreds of copies for a segment of
 * 100 conditions, a measurable part of the first render and of the heap. Here every component of a
 * namespace shares one result per language, and re-renders when the language changes.
 */

type Fixed = ReturnType<typeof i18next.getFixedT>;
type Result = [Fixed, typeof i18next, boolean] & { t: Fixed; i18n: typeof i18next; ready: boolean };

const cache = new Map<string, Result>();

const subscribe = (onChange: () => void) => {
  i18next.on('languageChanged', onChange);
  return () => i18next.off('languageChanged', onChange);
};
const language = () => i18next.language;

function resultFor(lng: string, ns: Namespace | undefined): Result {
  const key = `${lng}\u0000${typeof ns === 'string' ? ns : (ns ?? []).join('\u0000')}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const t: Fixed = i18next.getFixedT(null, ns ?? null);
  const tuple: [Fixed, typeof i18next, boolean] = [t, i18next, true];
  const result: Result = Object.assign(tuple, { t, i18n: i18next, ready: true });
  cache.set(key, result);
  return result;
}

/** `useTranslation(ns?)`: `[t, i18n, ready]`, also as `{ t, i18n, ready }`; `t` of namespace `ns`. */
export function useTranslation(ns?: Namespace): Result {
  const lng = useSyncExternalStore(subscribe, language, language);
  return resultFor(lng, ns);
}

/** The i18next plugin of react-i18next's shape; nothing to bind, the hook reads i18next itself. */
export const initReactI18next = { type: '3rdParty' as const, init: () => undefined };
