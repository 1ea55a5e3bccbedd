import { type Context, useContext } from 'react';

/**
 * A part's big input (a list's state, a trace section, its rows), from its prop when a host
 * composes the parts itself, else from the enclosing component's context. The kit's own
 * components use the context: React 19's development build diffs every changed prop of a
 * re-rendered component for its performance track, walking arrays with `for…in`, and a prop
 * holding 10k–100k items made each keystroke or toggle cost seconds in development.
 */
export function usePropOrContext<T>(value: T | undefined, context: Context<T | null>, part: string, prop: string, parent: string): T {
  const fromContext = useContext(context);
  const resolved = value ?? fromContext;
  if (resolved === null || resolved === undefined) throw new Error(`${part} needs a \`${prop}\` prop or an enclosing <${parent}>.`);
  return resolved;
}
