import { type ComponentPropsWithoutRef, forwardRef, useId } from 'react';
import { useControllableState } from '../../hooks/useControllableState';
import { cx } from '../cx';
import { getTagFacetShares, type TagFacet, type TagFacetShare, type TagFacetValue } from '../../core/tagFacets';
import { TagFacetBar } from './TagFacetBar';
import { type TagFacetsMessages, tagFacetsMessages } from './messages';

/** More values of one tag, loaded when it is expanded (`listIssueTagValues`). */
export interface TagFacetMoreValues {
  values?: readonly TagFacetValue[];
  loading?: boolean;
  error?: unknown;
}

/** Props of `TagFacetGroup`. */
export interface TagFacetGroupProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'onSelect'> {
  tag: TagFacet;
  /** Values shown while collapsed. @default 5 */
  maxValues?: number;
  /** Whether the tag shows all its values. @default uncontrolled, collapsed */
  expanded?: boolean;
  defaultExpanded?: boolean;
  onExpandedChange?: (expanded: boolean, key: string) => void;
  /** The values to show when expanded, beyond the top ones. @default the top values */
  moreValues?: TagFacetMoreValues;
  /** Opens the events filtered by a value: gets its `key:value` query. */
  onValueSelect?: (query: string, value: TagFacetShare, key: string) => void;
  /** A link to a value's filtered events. @default none */
  getValueHref?: (query: string, value: TagFacetShare, key: string) => string | undefined;
  /** Heading level of the tag's name. @default 3 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  messages?: Partial<TagFacetsMessages>;
}

/** One tag: its name, its top values as bars with their share, "Other", and a toggle for more. */
export const TagFacetGroup = /* @__PURE__ */ forwardRef<HTMLDivElement, TagFacetGroupProps>(function TagFacetGroup(
  { tag, maxValues = 5, expanded: expandedProp, defaultExpanded = false, onExpandedChange, moreValues, onValueSelect, getValueHref, headingLevel = 3, messages: overrides, className, ...rest },
  ref,
) {
  const messages = { ...tagFacetsMessages, ...overrides };
  const id = useId();
  const key = String(tag.key);
  const [expanded, setExpanded] = useControllableState({
    value: expandedProp,
    defaultValue: defaultExpanded,
    onChange: (next: boolean) => onExpandedChange?.(next, key),
  });
  const top = Array.isArray(tag.topValues) ? tag.topValues : [];
  const shown = expanded ? (moreValues?.values ?? top) : top.slice(0, Math.max(1, maxValues));
  const shares = getTagFacetShares(tag, shown);
  const unique = typeof tag.uniqueValues === 'number' && Number.isFinite(tag.uniqueValues) ? tag.uniqueValues : undefined;
  const canExpand = expanded || top.length > shown.length || (unique ?? 0) > shown.length;
  const Heading = `h${headingLevel}` as const;
  return (
    <div {...rest} ref={ref} className={cx('fl-tag-facet', className)} data-key={key} data-state={expanded ? 'expanded' : 'collapsed'}>
      <Heading id={`${id}-name`} data-slot="tag-name">
        {tag.name || key}
        {unique !== undefined ? <span data-slot="tag-unique"> {messages.uniqueValues(unique)}</span> : null}
      </Heading>
      <ul id={`${id}-values`} aria-labelledby={`${id}-name`} data-slot="values">
        {shares.values.map((item) => (
          <TagFacetBar
            key={item.value}
            item={item}
            messages={overrides}
            onSelect={onValueSelect ? (query) => onValueSelect(query, item, key) : undefined}
            href={getValueHref?.(item.query, item, key)}
          />
        ))}
        {shares.otherCount > 0 ? <TagFacetBar other={{ count: shares.otherCount, share: shares.otherShare }} messages={overrides} /> : null}
      </ul>
      {expanded && moreValues?.loading ? (
        <p role="status" data-slot="values-loading">
          {messages.loadingValues}
        </p>
      ) : null}
      {expanded && moreValues?.error ? (
        <p role="alert" data-slot="values-error">
          {messages.valuesError}
        </p>
      ) : null}
      {canExpand ? (
        <button type="button" className="fl-button" data-slot="expand" aria-expanded={expanded} aria-controls={`${id}-values`} onClick={() => setExpanded(!expanded)}>
          {expanded ? messages.showLess : messages.showMore}
        </button>
      ) : null}
    </div>
  );
});
