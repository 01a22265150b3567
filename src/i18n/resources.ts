import { common as enCommon } from './en/common';
import { common as ruCommon } from './ru/common';
import { preview as enPreview } from './en/preview';
import { preview as ruPreview } from './ru/preview';
import { editor as enEditor } from './en/editor';
import { editor as ruEditor } from './ru/editor';
import { app as enApp } from './en/app';
import { app as ruApp } from './ru/app';
import { api as enApi } from './en/api';
import { api as ruApi } from './ru/api';

/*
 * Every namespace in both languages. A feature adds its namespace as `en/<feature>.ts` and
 * `ru/<feature>.ts` (typed `Translation<typeof en>`, so a missing key fails the typecheck) and one
 * line in each object below.
 */
export const resources = {
  en: {
    common: enCommon,
    preview: enPreview,
    editor: enEditor,
    app: enApp,
    api: enApi,
  },
  ru: {
    common: ruCommon,
    preview: ruPreview,
    editor: ruEditor,
    app: ruApp,
    api: ruApi,
  },
} as const;

export const languages = ['en', 'ru'] as const;
export type Language = (typeof languages)[number];
export const defaultNS = 'common';
