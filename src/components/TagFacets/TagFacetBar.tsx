import { type ComponentPropsWithoutRef, type CSSProperties, forwardRef } from 'react';
import { safeLinkHref } from '../../core/format/safeUrl';
import { cx } from '../cx';
import type { TagFacetShare } from '../../core/tagFacets';
import { type TagFacetsMessages, tagFacetsMessages } from './messages';

/** Props of `TagFacetBar`. */
export interface TagFacetBarProps extends Omit<ComponentPropsWithoutRef<'li'>, 'children' | 'onSelect'> {
  /** The value to draw, from `getTagFacetShares`; without one the bar is the tag's "Other". */
  item?: TagFacetShare;
  /** For "Other": the events with values not listed, and their share. */
  other?: { count: number; share: number };
  /** Opens the events filtered by the value: gets its `key:value` query. @default none (not interactive) */
  onSelect?: (query: string, item: TagFacetShare) => void;
  /** A link for the value's filtered events instead of (or beside) `onSelect`; unsafe URLs are dropped. @default none */
  href?: string;
  messages?: Partial<TagFacetsMessages>;
}

/**
 * One value of a tag: a decorative bar for its share, and the value, share and count as text.
 * The bar carries no meaning a screen reader misses: the accessible name says all three.
 */
export const TagFacetBar = /* @__PURE__ */ forwardRef<HTMLLIElement, TagFacetBarProps>(function TagFacetBar(
  { item, other, onSelect, href, messages: overrides, className, style, ...rest },
  ref,
) {
  const messages = { ...tagFacetsMessages, ...overrides };
  const label = item ? item.label || messages.emptyValue : messages.other;
  const count = item?.count ?? other?.count ?? 0;
  const share = item?.share ?? other?.share ?? 0;
  const percent = messages.percent(share);
  const name = messages.valueName(label, count, percent);
  // The visible pieces sit in grid cells, which screen readers would read run together; one
  // sentence in hidden text names the value instead ("Chrome: 62%, 124 events").
  const body = (
    <>
      <span data-slot="bar" aria-hidden="true" />
      <span data-slot="value-label" aria-hidden="true">
        {label}
      </span>
      <span data-slot="value-share" aria-hidden="true">
        {percent}
      </span>
      <span data-slot="value-count" aria-hidden="true">
        {messages.count(count)}
      </span>
      <span className="fl-visually-hidden">{name}</span>
    </>
  );
  const link = item ? safeLinkHref(href) : undefined;
  const barStyle = { ...style, '--fl-facet-share': Math.min(1, Math.max(0, share)) } as CSSProperties;
  return (
    <li {...rest} ref={ref} className={cx('fl-tag-facet-bar', className)} style={barStyle} data-kind={item ? 'value' : 'other'}>
      {item && link ? (
        <a
          href={link}
          title={messages.openHint(item.query)}
          onClick={(event) => {
            if (!onSelect || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
            event.preventDefault();
            onSelect(item.query, item);
          }}
        >
          {body}
        </a>
      ) : item && onSelect ? (
        <button type="button" title={messages.openHint(item.query)} onClick={() => onSelect(item.query, item)}>
          {body}
        </button>
      ) : (
        <span data-slot="static">
          {body}
        </span>
      )}
    </li>
  );
});
