/** The same shape with every string literal widened, so a translation can say anything. */
export type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
