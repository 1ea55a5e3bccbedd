/**
 * Every option name of a hook, as a record so the compiler insists on all of them: a component
 * that forwards its hook's options must not silently drop one added later.
 */
export type OptionNames<T> = { readonly [K in keyof Required<T>]: true };

/** Splits a component's props into its hook's options and the rest (for the root element). */
export function splitProps<P extends object, O extends object>(props: P, names: OptionNames<O>): [Pick<P, Extract<keyof O, keyof P>>, Omit<P, keyof O>] {
  const options: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (Object.hasOwn(names, key)) options[key] = value;
    else rest[key] = value;
  }
  return [options as Pick<P, Extract<keyof O, keyof P>>, rest as Omit<P, keyof O>];
}
