import { type ComponentPropsWithoutRef, forwardRef, type ReactNode, useEffect, useId, useState } from 'react';
import type { Event } from '../../core/model';
import { useControllableState } from '../../hooks/useControllableState';
import { cx } from '../cx';
import { EmptyState, ErrorState, errorReason, LoadingState } from '../StateBlocks';
import { IssueEventsTable, type IssueEventsTableProps } from './IssueEventsTable';
import { type IssueEventsMessages, issueEventsMessages } from './messages';

/** Props of `IssueEvents`. */
export interface IssueEventsProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'>, Pick<IssueEventsTableProps, 'tagColumns' | 'onEventOpen' | 'eventHref' | 'currentEventId' | 'now'> {
  /** One page of the issue's events (from `useIssueEvents`). */
  events: readonly Event[] | undefined;
  /** The search applied, in Sentry's syntax; it changes when the user submits the search box. @default uncontrolled, "" */
  query?: string;
  defaultQuery?: string;
  onQueryChange?: (query: string) => void;
  /** A search box of the host's to show instead of the built-in one. @default a search field that applies on Enter */
  search?: ReactNode;
  /** Environments to offer in a picker; none shows no picker. @default none */
  environments?: readonly string[];
  /** The environment picked (`""` for all). @default uncontrolled, "" */
  environment?: string;
  onEnvironmentChange?: (environment: string) => void;
  /** Cursor of the previous / next page (from the `Link` header); a missing one turns its button off. */
  previousCursor?: string;
  nextCursor?: string;
  /** Called with the cursor of the page to show. @default none: no pager */
  onPageChange?: (cursor: string) => void;
  /** @default false */
  loading?: boolean;
  /** An `Error` (its message is shown as text) or the host's node. @default none */
  error?: unknown;
  /** What to show when no event matches. @default a sentence and, with a query, a Clear search button */
  empty?: ReactNode;
  messages?: Partial<IssueEventsMessages>;
}

/**
 * The issue's events as a table with a search, an environment picker and cursor paging, as
 * Sentry's "All events" tab. A row click, or Enter on its id, opens the event.
 */
export const IssueEvents = /* @__PURE__ */ forwardRef<HTMLElement, IssueEventsProps>(function IssueEvents(
  {
    events, query: queryProp, defaultQuery = '', onQueryChange, search, environments, environment: environmentProp, onEnvironmentChange, previousCursor, nextCursor, onPageChange, loading = false, error, empty,
    tagColumns, onEventOpen, eventHref, currentEventId, now, messages: overrides, className, ...rest
  },
  ref,
) {
  const messages = { ...issueEventsMessages, ...overrides };
  const id = useId();
  const [query, setQuery] = useControllableState({ value: queryProp, defaultValue: defaultQuery, onChange: onQueryChange });
  const [environment, setEnvironment] = useControllableState({ value: environmentProp, defaultValue: '', onChange: onEnvironmentChange });
  // The field is edited freely and applied on submit, so a half-typed filter never empties the table.
  const [draft, setDraft] = useState(query);
  useEffect(() => setDraft(query), [query]);
  const list = Array.isArray(events) ? events : [];
  const state = error ? 'error' : list.length === 0 ? (loading ? 'loading' : 'empty') : 'ready';

  return (
    <section {...rest} ref={ref} className={cx('fl fl-issue-events', className)} aria-label={rest['aria-label'] ?? messages.label} aria-busy={loading || undefined} data-state={state}>
      <div data-slot="toolbar">
        {search ?? (
          // biome-ignore lint/a11y/useSemanticElements: React 18's JSX has no <search>; the form carries its role
          <form
            role="search"
            data-slot="search"
            onSubmit={(event) => {
              event.preventDefault();
              setQuery(draft.trim());
            }}
          >
            <input
              type="search"
              className="fl-input"
              aria-label={messages.search}
              placeholder={messages.searchPlaceholder}
              value={draft}
              onChange={(event) => setDraft(event.target.value)}
              autoComplete="off"
              spellCheck={false}
            />
            <button type="submit" className="fl-button">
              {messages.searchButton}
            </button>
          </form>
        )}
        {environments && environments.length > 0 ? (
          <label data-slot="environment" htmlFor={`${id}-environment`}>
            <span>{messages.environment}</span>
            <select id={`${id}-environment`} className="fl-input" value={environment} onChange={(event) => setEnvironment(event.target.value)}>
              <option value="">{messages.allEnvironments}</option>
              {environments.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      {state === 'error' ? (
        <ErrorState>
          <strong>{messages.error}</strong> {errorReason(error)}
        </ErrorState>
      ) : state === 'loading' ? (
        <LoadingState>{messages.loading}</LoadingState>
      ) : state === 'empty' ? (
        <EmptyState>
          {empty ?? (
            <>
              <p>{query ? messages.empty : messages.emptyAll}</p>
              {query ? (
                <button type="button" className="fl-button" onClick={() => setQuery('')}>
                  {messages.clearSearch}
                </button>
              ) : null}
            </>
          )}
        </EmptyState>
      ) : (
        <div data-slot="scroll">
          <IssueEventsTable events={list} tagColumns={tagColumns} onEventOpen={onEventOpen} eventHref={eventHref} currentEventId={currentEventId} now={now} messages={overrides} />
        </div>
      )}
      {onPageChange && (previousCursor || nextCursor) ? (
        <nav aria-label={messages.pages} data-slot="pager">
          <button type="button" className="fl-button" disabled={!previousCursor} onClick={() => previousCursor && onPageChange(previousCursor)}>
            {messages.previousPage}
          </button>
          <button type="button" className="fl-button" disabled={!nextCursor} onClick={() => nextCursor && onPageChange(nextCursor)}>
            {messages.nextPage}
          </button>
        </nav>
      ) : null}
    </section>
  );
});
