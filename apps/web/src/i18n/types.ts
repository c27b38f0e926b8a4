// The shape of a complete translation: the English resource with every leaf a string.
import type { en } from './en.ts';

type Leaves<T> = { [K in keyof T]: T[K] extends string ? string : Leaves<T[K]> };
type Partial2<T> = { [K in keyof T]?: T[K] extends string ? string : Partial2<T[K]> };

/** A complete translation (German): the compiler refuses a missing key. */
export type Translation = Leaves<typeof en>;
/** A translation in progress (French): missing keys fall back to English. */
export type PartialTranslation = Partial2<typeof en>;
