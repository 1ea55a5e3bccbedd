import { type ComponentPropsWithoutRef, forwardRef, type KeyboardEvent, type Ref, useId, useMemo, useRef, useState } from 'react';
import { cx } from '../cx';
import type { IssueQueryCompletion } from '../../core/search';
import type { UseIssueListResult } from '../../hooks/useIssueList';
import { useIssueListState } from './IssueListContext';
import { issueListMessages as m } from './messages';

/** Props of `IssueSearch`. */
export interface IssueSearchProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The issue list's state, from `useIssueList`. @default the enclosing `IssueList`'s */
  list?: UseIssueListResult;
  /** Accessible name and placeholder of the search box. @default "Search issues" */
  label?: string;
  /** Ref to the input, so `/` can focus it. */
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * The search box of the issue list: Sentry query syntax, a completion listbox for keys and
 * known values (ARIA combobox), what an unfinished filter needs as a sentence under the query,
 * and removable filter chips above it. Enter applies the query at once; an unfinished one never
 * filters, so the last complete result stays.
 */
export const IssueSearch = /* @__PURE__ */ forwardRef<HTMLDivElement, IssueSearchProps>(function IssueSearch({ list: listProp, label = 'Search issues', inputRef, className, ...rest }: IssueSearchProps, ref) {
  const list = useIssueListState(listProp, 'IssueSearch');
  const id = useId();
  const [open, setOpen] = useState(false);
  const [cursor, setCursor] = useState(0);
  const [highlight, setHighlight] = useState(0);
  const localRef = useRef<HTMLInputElement | null>(null);
  const { query, setQuery, queryGaps, getCompletions, chips, removeFilter, commitQuery } = list;
  const completions = useMemo(() => (open ? getCompletions(cursor) : { from: 0, to: 0, items: [] }), [open, getCompletions, cursor]);
  const items = completions.items;
  const expanded = open && items.length > 0;
  const active = expanded ? Math.min(highlight, items.length - 1) : -1;
  const gap = queryGaps[0];
  // Waiting without a gap: a debounce, or a trailing `Word:` that Enter applies as text.
  const waiting = !gap && list.stale;

  const track = (input: HTMLInputElement) => setCursor(input.selectionStart ?? input.value.length);
  const apply = (item: IssueQueryCompletion) => {
    const suffix = item.kind === 'value' && query[completions.to] !== ' ' ? ' ' : '';
    const next = query.slice(0, completions.from) + item.insertText + suffix + query.slice(completions.to);
    const caret = completions.from + item.insertText.length + suffix.length;
    setQuery(next);
    setCursor(caret);
    setHighlight(0);
    // Keys open value suggestions at once; a finished value closes the list.
    setOpen(item.kind === 'key');
    requestAnimationFrame(() => localRef.current?.setSelectionRange(caret, caret));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) setOpen(true);
      else if (items.length) setHighlight((active + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length);
    } else if ((event.key === 'Enter' || event.key === 'Tab') && expanded && items[active]) {
      event.preventDefault();
      apply(items[active]);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (commitQuery()) setOpen(false);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setOpen(false);
    }
  };

  return (
    <div {...rest} ref={ref} className={cx('fl-issue-search', className)} data-slot="search">
      {chips.length > 0 ? (
        <ul aria-label={m.filters} data-slot="chips">
          {chips.map((chip) => (
            <li key={`${chip.filterIndex}:${chip.label}`} data-slot="chip" data-negated={chip.negated ? '' : undefined}>
              <span>{chip.negated ? `not ${chip.label.slice(1)}` : chip.label}</span>
              <button type="button" aria-label={m.removeFilter(chip.label)} onClick={() => removeFilter(chip.filterIndex)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div data-slot="search-field">
        <input
          {...list.getSearchProps()}
          className="fl-input"
          ref={(element) => {
            localRef.current = element;
            if (typeof inputRef === 'function') inputRef(element);
            else if (inputRef) inputRef.current = element;
          }}
          role="combobox"
          aria-label={label}
          placeholder={`${label}: is:unresolved level:error TypeError`}
          aria-expanded={expanded}
          aria-controls={`${id}-listbox`}
          aria-autocomplete="list"
          aria-activedescendant={active >= 0 ? `${id}-option-${active}` : undefined}
          aria-describedby={gap || waiting ? `${id}-error` : undefined}
          aria-keyshortcuts="/"
          onChange={(event) => {
            setQuery(event.target.value);
            track(event.target);
            setHighlight(0);
            setOpen(true);
          }}
          onSelect={(event) => track(event.currentTarget)}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        {gap || waiting ? (
          <div id={`${id}-error`} data-slot="query-error" data-state={gap ? 'invalid' : 'waiting'}>
            <p>
              {gap ? m.gap(gap) : m.pressEnter}
              {queryGaps.length > 1 ? ` ${m.moreGaps(queryGaps.length - 1)}` : null}
              {gap && list.stale ? ` ${m.staleResults}` : null}
            </p>
            {gap ? (
              // The input cannot mark a span itself; this copy of the query shows where.
              <code aria-hidden="true" data-slot="query-excerpt">
                {query.slice(Math.max(0, gap.position - 24), gap.position)}
                <mark>{query.slice(gap.position, gap.position + Math.max(1, gap.length)) || ' '}</mark>
                {query.slice(gap.position + Math.max(1, gap.length), gap.position + gap.length + 24)}
              </code>
            ) : null}
          </div>
        ) : null}
        {/* After the sentence, so suggestions open below it and never cover it or the chips. */}
        <div id={`${id}-listbox`} role="listbox" aria-label={m.suggestions} data-slot="completions" hidden={!expanded}>
          {items.map((item, i) => (
            // Keys reach options through the combobox input (aria-activedescendant), not the options.
            // biome-ignore lint/a11y/useKeyWithClickEvents: the input above handles the keyboard for its listbox
            <div
              key={`${item.kind}:${item.label}`}
              id={`${id}-option-${i}`}
              role="option"
              tabIndex={-1}
              aria-selected={i === active}
              data-kind={item.kind}
              // Keeps focus in the input, where the combobox lives.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => apply(item)}
            >
              <span data-slot="option-label">{item.kind === 'key' ? `${item.label}:` : item.label}</span>
              {item.description ? <span data-slot="option-description">{item.description}</span> : null}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
});
