/** The plural forms a language may need beyond English's `_one`/`_other` (Russian: `_few`, `_many`). */
type PluralForms<T> = {
  [
    K in keyof T as K extends `${infer Base}_other`
      ? `${Base}_${'zero' | 'two' | 'few' | 'many'}`
      : never
  ]?: string;
};

/**
 * A translation must have exactly the keys of the English original, with string values, plus the
 * plural forms its language needs (resources.test.ts checks them against `Intl.PluralRules`: a
 * form missing there would show the English text).
 */
export type Translation<T> = {
  [K in keyof T]: T[K] extends string ? string : Translation<T[K]>;
} & PluralForms<T>;
