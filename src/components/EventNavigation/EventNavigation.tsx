import { type ComponentPropsWithoutRef, forwardRef, type KeyboardEvent, type MouseEvent, useId, useRef, useState } from 'react';
import type { EventNavigationTargets } from '../../hooks/sentry/useEventNavigation';
import { CopyButton } from '../CopyButton';
import { cx } from '../cx';
import { fillEventHref } from './eventHref';
import { type EventNavigationMessages, eventNavigationMessages } from './messages';

/** The buttons of `EventNavigation`, in order. */
export type EventNavigationKind = 'oldest' | 'older' | 'newer' | 'latest' | 'recommended';

/** Props of `EventNavigation`. */
export interface EventNavigationProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The shown event's id, once known. */
  eventId: string | undefined;
  /** Which named event is shown, when the page asked for one (its button is pressed). @default none */
  selected?: 'latest' | 'oldest' | 'recommended';
  /** Where each button leads, from `useEventNavigation`; a missing one is off, with its reason. */
  targets: Partial<EventNavigationTargets>;
  /** Called with the event to show (an id, or `latest` / `oldest` / `recommended`). @default none */
  onNavigate?: (eventId: string, kind: EventNavigationKind, event: MouseEvent) => void;
  /** Link template for the buttons, such as `#/issues/7/events/{eventId}`; unsafe results make no link. @default none */
  eventHref?: string;
  /** While the event loads, the neighbour buttons wait. @default false */
  loading?: boolean;
  /** The event failed to load: its message is shown as text. @default none */
  error?: unknown;
  messages?: Partial<EventNavigationMessages>;
}

const KINDS: readonly EventNavigationKind[] = ['oldest', 'older', 'newer', 'latest', 'recommended'];
const GLYPH: Record<EventNavigationKind, [before: string, after: string]> = {
  oldest: ['«', ''],
  older: ['‹', ''],
  newer: ['', '›'],
  latest: ['', '»'],
  recommended: ['', ''],
};

/**
 * Oldest / older / newer / latest / recommended event of an issue, as a toolbar (arrow keys
 * move between its buttons; a button that leads nowhere stays focusable and says why), and the
 * shown event's id with a copy button. Buttons become links with `eventHref`, so the event id
 * lands in the page's URL.
 */
export const EventNavigation = /* @__PURE__ */ forwardRef<HTMLDivElement, EventNavigationProps>(function EventNavigation(
  { eventId, selected, targets, onNavigate, eventHref, loading = false, error, messages: overrides, className, ...rest },
  ref,
) {
  const messages = { ...eventNavigationMessages, ...overrides };
  const id = useId();
  const [active, setActive] = useState(0);
  const items = useRef<(HTMLElement | null)[]>([]);
  const reasonOf = (kind: EventNavigationKind): string | undefined => {
    if (kind === 'recommended') return selected === 'recommended' ? messages.isRecommended : undefined;
    if (targets[kind] !== undefined) return undefined;
    if (loading) return messages.loadingReason;
    return kind === 'oldest' || kind === 'older' ? messages.isOldest : messages.isLatest;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = { ArrowRight: active + 1, ArrowLeft: active - 1, Home: 0, End: KINDS.length - 1 };
    if (!(event.key in moves)) return;
    event.preventDefault();
    const next = (moves[event.key]! + KINDS.length) % KINDS.length;
    setActive(next);
    items.current[next]?.focus();
  };
  const errorText = error instanceof Error ? error.message : typeof error === 'string' ? error : undefined;

  return (
    <div {...rest} ref={ref} className={cx('fl fl-event-navigation', className)} data-state={error ? 'error' : loading ? 'loading' : 'ready'}>
      <div role="toolbar" aria-label={messages.toolbar} aria-busy={loading || undefined} data-slot="toolbar" onKeyDown={onKeyDown}>
        {KINDS.map((kind, index) => {
          const target = targets[kind];
          const reason = reasonOf(kind);
          const off = reason !== undefined;
          const href = off ? undefined : fillEventHref(eventHref, target);
          const [before, after] = GLYPH[kind];
          const common = {
            ref: (element: HTMLElement | null) => {
              items.current[index] = element;
            },
            className: 'fl-button',
            'data-kind': kind,
            'aria-label': messages[`${kind}Name`],
            'aria-describedby': off ? `${id}-${kind}-reason` : undefined,
            'data-state': selected === kind ? 'active' : undefined,
            tabIndex: index === active ? 0 : -1,
            title: reason,
            onFocus: () => setActive(index),
            onClick: (event: MouseEvent) => {
              if (off || target === undefined) {
                event.preventDefault();
                return;
              }
              onNavigate?.(target, kind, event);
            },
          };
          const label = (
            <>
              {before ? <span aria-hidden="true">{before}</span> : null}
              {messages[kind]}
              {after ? <span aria-hidden="true">{after}</span> : null}
              {off ? (
                <span id={`${id}-${kind}-reason`} hidden>
                  {reason}
                </span>
              ) : null}
            </>
          );
          return href ? (
            <a key={kind} {...common} href={href}>
              {label}
            </a>
          ) : (
            <button key={kind} {...common} type="button" aria-disabled={off || undefined} aria-pressed={kind === 'recommended' ? selected === 'recommended' : undefined}>
              {label}
            </button>
          );
        })}
      </div>
      <div data-slot="current">
        {error ? (
          <span role="alert" data-slot="error">
            {messages.error} {errorText}
          </span>
        ) : eventId ? (
          <>
            <span data-slot="current-label">{messages.currentLabel}</span>{' '}
            <code data-slot="event-id" title={eventId}>
              {eventId.slice(0, 8)}
            </code>
            <CopyButton text={eventId} aria-label={messages.copyId} data-slot="copy-id">
              {messages.copy}
            </CopyButton>
          </>
        ) : (
          <span role={loading ? 'status' : undefined} data-slot="current-empty">
            {loading ? messages.loading : messages.noEvent}
          </span>
        )}
      </div>
    </div>
  );
});
