import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { cx } from '../cx';
import type { FieldWiring } from './fieldIds';

/** Props of `AlertFieldError`. */
export interface AlertFieldErrorProps extends Omit<ComponentPropsWithoutRef<'p'>, 'children' | 'id'> {
  wiring: FieldWiring;
  /** The field path whose error this shows. */
  path: string;
}

/** The sentence under a field that has a problem, with the id its input's `aria-describedby` names. */
export const AlertFieldError = /* @__PURE__ */ forwardRef<HTMLParagraphElement, AlertFieldErrorProps>(function AlertFieldError({ wiring, path, className, ...rest }, ref) {
  const message = wiring.error(path);
  if (message === undefined) return null;
  return (
    <p {...rest} ref={ref} id={`${wiring.id(path)}-error`} className={cx('fl-field-error', className)}>
      {message}
    </p>
  );
});
