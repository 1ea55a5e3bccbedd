import { type ComponentPropsWithoutRef, forwardRef, useState } from 'react';
import { type ContextRow, MASKED, MASKED_CONTEXT_VALUE, type Tag } from '../../core';
import type { PanelState } from './PanelBody';

const CHIP_PAGE = 200;

function ChipContent({ label, value, scrubbed, masked }: { label: string; value: string; scrubbed: boolean; masked: boolean }) {
  return (
    <>
      {/* The hidden colon and space make screen readers and copied text say "key: value". */}
      <span data-slot="tag-key">
        {label}
        <span className="fl-visually-hidden">:</span>
      </span>{' '}
      <span data-slot="tag-value" aria-hidden={masked || undefined}>
        {value}
      </span>
      {masked && <span className="fl-visually-hidden">hidden value (masked by Faultline)</span>}
      {scrubbed && (
        <>
          {' '}
          <span className="fl-visually-hidden">(filtered by Sentry)</span>
        </>
      )}
    </>
  );
}

/** Props of `TagChips`. */
export interface TagChipsProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  rows: readonly ContextRow[];
  /** The event's tags, one per row in the same order: a renamed label must not change what a filter gets. */
  tags: readonly Tag[];
  state: PanelState;
  /** Called with a tag's key and value; chips are buttons only when it is given. */
  onTagClick?: (key: string, value: string) => void;
}

/** The event's tags as `key: value` chips, buttons for filtering when `onTagClick` is given. */
export const TagChips = /* @__PURE__ */ forwardRef<HTMLDivElement, TagChipsProps>(function TagChips({ rows, tags, state, onTagClick, ...props }: TagChipsProps, ref) {
  const [shown, setShown] = useState(CHIP_PAGE);
  const rest = rows.length - shown;
  return (
    <div data-slot="tags" {...props} ref={ref}>
      <ul className="fl-tag-chips" aria-label="Tags">
        {rows.slice(0, shown).map((row, i) => {
          const view = state.getRowView(row);
          const value = view.display ?? String(view.value);
          const tag = tags[i] ?? { key: view.label, value };
          const masked = view.masked && !view.revealed;
          // A filter gets what the chip shows: the secret only once the person revealed it.
          const clickValue = masked ? (view.value === MASKED_CONTEXT_VALUE ? MASKED : String(view.value)) : tag.value;
          const content = <ChipContent label={view.label} value={value} scrubbed={view.scrubbed} masked={masked} />;
          return (
            <li
              key={row.key}
              data-slot="tag"
              data-scrubbed={view.scrubbed ? '' : undefined}
              data-masked={view.masked ? 'kit' : view.scrubbed ? 'sentry' : undefined}
              title={masked ? 'Masked by Faultline' : view.scrubbedReason}
            >
              {onTagClick ? (
                <button
                  type="button"
                  data-slot="tag-chip"
                  // Browsers join the chip's halves with stray spaces; the name must read "key: value".
                  aria-label={`${view.label}: ${masked ? 'hidden value (masked by Faultline)' : value}${view.scrubbed ? ' (filtered by Sentry)' : ''}`}
                  onClick={() => onTagClick(tag.key, clickValue)}
                >
                  {content}
                </button>
              ) : (
                <span data-slot="tag-chip">{content}</span>
              )}
            </li>
          );
        })}
      </ul>
      {rest > 0 && (
        <button type="button" className="fl-button" data-slot="show-more" onClick={() => setShown(shown + CHIP_PAGE)}>
          Show {Math.min(CHIP_PAGE, rest).toLocaleString('en-US')} more of {rest.toLocaleString('en-US')}
        </button>
      )}
    </div>
  );
});
