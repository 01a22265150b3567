/** A translation must have exactly the keys of the English original, with string values. */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };
