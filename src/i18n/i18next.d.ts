import 'i18next';
import type { Resources, defaultNS } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: typeof defaultNS;
    resources: Resources;
    /** `{{count, num}}` (src/i18n/index.ts): numbers in the language's digits, text as it is. */
    interpolationFormatTypeMap: { num: string | number };
  }
}
