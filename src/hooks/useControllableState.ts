import { useCallback, useRef, useState } from 'react';

/** Options of `useControllableState`. */
export interface UseControllableStateOptions<T> {
  /** The controlled value; when defined, the hook never keeps its own. */
  value?: T;
  /** The initial value when uncontrolled. */
  defaultValue: T;
  /** Called with each new value, controlled or not. */
  onChange?: (value: T) => void;
}

/**
 * State that is controlled (`value` + `onChange`) or uncontrolled (`defaultValue`), like
 * Radix: every stateful hook of the kit is built on it.
 */
export function useControllableState<T>({ value, defaultValue, onChange }: UseControllableStateOptions<T>) {
  const [own, setOwn] = useState(defaultValue);
  const controlled = value !== undefined;
  const current = controlled ? value : own;
  // Refs let the setter stay stable while always seeing the latest value and callback.
  const currentRef = useRef(current);
  currentRef.current = current;
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  const setValue = useCallback(
    (next: T | ((previous: T) => T)) => {
      const resolved = typeof next === 'function' ? (next as (previous: T) => T)(currentRef.current) : next;
      if (Object.is(resolved, currentRef.current)) return;
      if (!controlled) setOwn(resolved);
      currentRef.current = resolved;
      onChangeRef.current?.(resolved);
    },
    [controlled],
  );
  return [current, setValue] as const;
}
