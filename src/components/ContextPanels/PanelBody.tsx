import { type ComponentPropsWithoutRef, forwardRef, type ReactNode, useState } from 'react';
import { type ContextPanel, type ContextRow, type ContextRowGroup, MASKED_CONTEXT_VALUE, type Tag } from '../../core';
import type { ContextRowView, UseContextsResult } from '../../hooks/useContexts';
import { KeyValueList, type KeyValueRow, MaskedValue, ValueTree } from '../KeyValueList';
import { COLLAPSE_AFTER, CountDisclosure } from './CountDisclosure';
import { contextPanelMessages } from './messages';
import { TagChips } from './TagChips';

/**
 * Rows shown before a "Show more" button: a panel with 100,000 rows builds (in core) and
 * renders only what is shown. Paged rather than virtualized: a definition list has no
 * `aria-setsize`, so rows out of the DOM would be out of reach of a screen reader's reading
 * cursor and of the browser's find, with nothing saying more exist; a button says so and every
 * shown row stays readable.
 */
export const ROW_PAGE = 200;

const LONG_TEXT = 2000;

const GROUP_TITLES: Readonly<Record<string, string>> = {
  query: 'Query String',
  headers: 'Headers',
  cookies: 'Cookies',
  env: 'Environment',
};

// A function, not a module-level table: a table built from the messages at import time would
// keep this module in every bundle, even one that imports only LevelBadge.
const listNoun = (key: string): string | undefined =>
  key === 'sdk.integrations' ? contextPanelMessages.integrations : key === 'sdk.packages' ? contextPanelMessages.packages : undefined;

type Heading = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

/** What a panel body needs from `useContexts`. */
export type PanelState = Pick<UseContextsResult, 'getRowView' | 'getRevealProps'>;

function SecretValue({ row, view, state }: { row: ContextRow; view: ContextRowView; state: PanelState }) {
  // The dots stand for a value hidden whole; anything else is the value with `[Masked]` parts.
  const hidden = view.revealed || view.display === MASKED_CONTEXT_VALUE ? undefined : (view.display ?? <ValueTree value={view.value} />);
  const { onClick, ...buttonProps } = state.getRevealProps(row);
  return (
    <MaskedValue
      label={view.label}
      hidden={hidden}
      shown={view.display ?? <ValueTree value={view.value} />}
      revealed={view.revealed}
      onRevealedChange={view.revealable ? onClick : undefined}
      buttonProps={buttonProps}
    />
  );
}

// Only web URLs become links; anything else (`javascript:`, `data:`) stays inert text.
function UrlValue({ url }: { url: string }) {
  let safe = false;
  try {
    safe = ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    safe = false;
  }
  if (!safe) return <span data-slot="url">{url}</span>;
  return (
    <a data-slot="url" href={url} target="_blank" rel="noopener noreferrer nofollow">
      {url}
    </a>
  );
}

function toKeyValueRow(row: ContextRow, state: PanelState): KeyValueRow {
  const view = state.getRowView(row);
  let display: ReactNode = view.display;
  // ValueTree cuts long strings behind a button, so a 10 MB value does not freeze the page.
  if (typeof view.display === 'string' && view.display.length > LONG_TEXT) display = <ValueTree value={view.display} />;
  if (row.key === 'request.url' && typeof view.value === 'string' && !view.scrubbed) display = <UrlValue url={view.value} />;
  // The SDK's integrations and packages: a count behind a disclosure once the list is long.
  const noun = listNoun(row.key);
  if (noun && !view.masked && Array.isArray(view.value) && view.value.length > COLLAPSE_AFTER) display = <CountDisclosure items={view.value} noun={noun} />;
  return {
    key: row.key,
    label: view.label,
    value: view.value,
    display,
    scrubbed: view.scrubbed,
    scrubbedReason: view.scrubbedReason,
    // Core already applied the privacy rules to every row; the list must not check again.
    masked: view.masked,
    maskedView: view.masked ? <SecretValue row={row} view={view} state={state} /> : undefined,
  };
}

function PagedRows({ rows, state }: { rows: ContextRowGroup; state: PanelState }) {
  const [shown, setShown] = useState(ROW_PAGE);
  const rest = rows.size - shown;
  return (
    <>
      <KeyValueList rows={rows.slice(0, shown).map((row) => toKeyValueRow(row, state))} />
      {rest > 0 && (
        <button type="button" className="fl-button" data-slot="show-more" onClick={() => setShown(shown + ROW_PAGE)}>
          Show {Math.min(ROW_PAGE, rest).toLocaleString('en-US')} more of {rest.toLocaleString('en-US')}
        </button>
      )}
    </>
  );
}

/** Props of `PanelBody`. */
export interface PanelBodyProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  panel: ContextPanel;
  /** The event's tags, for the tags panel's filter callback. */
  tags: readonly Tag[];
  state: PanelState;
  /** Heading element for the request's groups (headers, cookies…). */
  groupHeading: Heading;
  onTagClick?: (key: string, value: string) => void;
}

/** The rows of one panel: a definition list per group, or chips for the event's tags. */
export const PanelBody = /* @__PURE__ */ forwardRef<HTMLDivElement, PanelBodyProps>(function PanelBody({ panel, tags, state, groupHeading: GroupHeading, onTagClick, ...rest }: PanelBodyProps, ref) {
  if (panel.key === 'tags') return <TagChips {...rest} ref={ref} rows={panel.rows} tags={tags} state={state} onTagClick={onTagClick} />;
  return (
    <div data-slot="panel-body" {...rest} ref={ref}>
      {panel.groups.map((rows) => (
        <div key={rows.group ?? ''} data-slot="row-group" data-group={rows.group}>
          {rows.group !== undefined && <GroupHeading data-slot="group-heading">{GROUP_TITLES[rows.group] ?? rows.group}</GroupHeading>}
          <PagedRows rows={rows} state={state} />
        </div>
      ))}
    </div>
  );
});
