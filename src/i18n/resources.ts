import { messageLocales, type MessageLocale } from '../segment';
import { en } from './en';
import type { ru } from './ru';
import type { Translation } from './types';

/*
 * English is part of the initial bundle (the original and the fallback); every other language is
 * a chunk of its own, loaded when it is chosen (`loadResources`). A feature adds its namespace as
 * `en/<feature>.ts` and `ru/<feature>.ts` (typed `Translation<typeof en>`, so a missing key fails
 * the typecheck) and one line in each language's `index.ts`.
 */
export { en };

/** The languages of the editor: the model's messages speak the same ones (src/segment/messages.ts). */
export const languages = messageLocales;
export type Language = MessageLocale;

/**
 * Each language's own name, for the language switch: the same in every UI language, and needed
 * before a language's texts are loaded (its chunk comes only once it is chosen).
 */
export const languageNames: Record<Language, string> = { en: 'English', ru: 'Русский' };
export const defaultNS = 'common';

export type Resources = typeof en;

// A language's namespaces must be exactly English's.
type SameNamespaces<T extends Record<keyof Resources, unknown>> = T;
export type RussianResources = SameNamespaces<typeof ru> & Translation<Resources>;

/** The namespaces of `language`, loading its chunk the first time. */
export function loadResources(language: Language): Promise<Resources | RussianResources> {
  return language === 'en' ? Promise.resolve(en) : import('./ru').then((module) => module.ru);
}
