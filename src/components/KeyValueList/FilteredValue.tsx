import { type ComponentPropsWithoutRef, forwardRef, useId } from 'react';
import { cx } from '../cx';
import { messages } from './messages';

/** Props of `FilteredValue`. */
export interface FilteredValueProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  /** Why Sentry filtered it, from `_meta` ("removed by rule @password"); the accessible description. */
  reason?: string;
  /** What Sentry left of the value (`****1234` for a masked card); absent for `[Filtered]` or a removed value. */
  remainder?: string;
}

/**
 * A value Sentry's own scrubbers filtered before the event reached the kit (`[Filtered]`, or
 * `_meta` naming a rule). Marked apart from the kit's own mask: `data-masked="sentry"`, a
 * dashed marker, "Filtered by Sentry" as its name and no Reveal button, since the original
 * never reached the browser.
 */
export const FilteredValue = /* @__PURE__ */ forwardRef<HTMLSpanElement, FilteredValueProps>(function FilteredValue(
  { reason, remainder, className, ...rest },
  ref,
) {
  const reasonId = useId();
  return (
    <span
      {...rest}
      ref={ref}
      role="note"
      aria-label={remainder === undefined ? messages.filteredBySentry : `${remainder}, ${messages.filteredBySentry}`}
      aria-describedby={reason === undefined ? undefined : reasonId}
      className={cx('fl-filtered-value', className)}
      data-slot="filtered-value"
      data-masked="sentry"
    >
      {remainder !== undefined && <span data-slot="filtered-remainder">{remainder}</span>}
      <span data-slot="filtered-marker">{messages.filteredBySentry}</span>
      {reason !== undefined && (
        <span id={reasonId} data-slot="filtered-reason">
          {messages.reason(reason)}
        </span>
      )}
    </span>
  );
});
