import type { DefaultNamespace, FlatNamespace, TFunction } from 'i18next';
import {
  createContext,
  createElement,
  useContext,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { i18n } from './index';
import type { I18n } from './runtime';

/*
 * `useTranslation`, the one part of react-i18next the editor uses, on the editor's own runtime
 * (src/i18n/runtime.ts) instead of i18next. The build, the unit tests (vite.config.ts) and the
 * typecheck (tsconfig.json `paths`) resolve 'react-i18next' here, so the components keep
 * react-i18next's import and API. Every component of a namespace shares one result per language
 * (react-i18next 17 copies the whole instance on every mount: hundreds of copies for a segment of
 * 100 conditions), and re-renders when the language changes: {@link LanguageProvider} at the root
 * subscribes to the language once for the page and hands it down, where a subscription of each
 * component (some 800 for 100 conditions, two effects each) cost the first render of a segment.
 */

type Namespaces = FlatNamespace | readonly [FlatNamespace, ...FlatNamespace[]] | undefined;
type Resolved<Ns extends Namespaces> = Ns extends undefined ? DefaultNamespace : NonNullable<Ns>;

/** `[t, i18n, ready]`, also as `{ t, i18n, ready }`, as react-i18next's hook returns it. */
export type UseTranslationResponse<Ns extends Namespaces> = [
  t: TFunction<Resolved<Ns>>,
  i18n: I18n,
  ready: boolean,
] & { t: TFunction<Resolved<Ns>>; i18n: I18n; ready: boolean };

const cache = new Map<string, UseTranslationResponse<Namespaces>>();

const subscribe = (onChange: () => void) => {
  i18n.on('languageChanged', onChange);
  return () => i18n.off('languageChanged', onChange);
};
const language = () => i18n.language;

function resultFor(lng: string, ns: Namespaces): UseTranslationResponse<Namespaces> {
  const key = `${lng}\u0000${typeof ns === 'string' ? ns : (ns ?? []).join('\u0000')}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const t = i18n.getFixedT(ns ?? null);
  const result = Object.assign([t, i18n, true] as [typeof t, I18n, boolean], {
    t,
    i18n,
    ready: true,
  });
  cache.set(key, result);
  return result;
}

const LanguageContext = createContext<string | undefined>(undefined);

/** The UI language for every {@link useTranslation} below: they re-render when it changes. */
export function LanguageProvider({ children }: { children?: ReactNode }) {
  const lng = useSyncExternalStore(subscribe, language, language);
  return createElement(LanguageContext.Provider, { value: lng }, children);
}

/**
 * `useTranslation(ns?)`: `t` of namespace `ns` (of each of a list, tried in order), in the language
 * of the {@link LanguageProvider} above; without one, in the current language, without following
 * its changes.
 */
export function useTranslation<const Ns extends Namespaces = undefined>(
  ns?: Ns,
): UseTranslationResponse<Ns> {
  const lng = useContext(LanguageContext) ?? language();
  return resultFor(lng, ns) as unknown as UseTranslationResponse<Ns>;
}
