import { type ComponentPropsWithoutRef, forwardRef, useMemo } from 'react';
import { useNormalizedEvent } from '../../hooks/useNormalized';
import { cx } from '../cx';
import { trimNoticeMessages } from './messages';
import { getServerTrims } from './serverTrims';

/** Props of `TrimNotice`. */
export interface TrimNoticeProps extends Omit<ComponentPropsWithoutRef<'p'>, 'children'> {
  /** The event, in any shape the kit reads (shared with the section's own normalization). */
  event: unknown;
  /** Which cuts this section reports. */
  parts: readonly ('exceptions' | 'frames' | 'breadcrumbs')[];
}

/**
 * Says what the server cut from the event for this section ("700 frames were cut by the
 * server"), read from `_meta` length notes; renders nothing when nothing was cut. Used by
 * StackTraceView and BreadcrumbTimeline, so a trimmed event never passes for a whole one.
 */
export const TrimNotice = /* @__PURE__ */ forwardRef<HTMLParagraphElement, TrimNoticeProps>(function TrimNotice({ event, parts, className, ...rest }, ref) {
  const { value } = useNormalizedEvent(event);
  const trims = useMemo(() => getServerTrims(value), [value]);
  const sentences = parts.filter((part) => trims[part] > 0).map((part) => trimNoticeMessages[part](trims[part]));
  if (sentences.length === 0) return null;
  return (
    <p role="note" {...rest} ref={ref} className={cx('fl-trim-notice', className)} data-slot="trim-notice">
      {trimNoticeMessages.sentence(sentences)}
    </p>
  );
});
