// Compile-time checks that a schema's parsed type is exactly the domain type it stands for:
// `export type X = Expect<SameType<z.infer<typeof schema>, DomainType>>` fails the typecheck on drift.

type Flat<T> = T extends object ? { [K in keyof T]: T[K] } : T;

/** true only when A and B are the same type (optional and nullable members included). */
export type SameType<A, B> =
  (<T>() => T extends Flat<A> ? 1 : 2) extends <T>() => T extends Flat<B> ? 1 : 2 ? true : false;

export type Expect<T extends true> = T;
