import { type ComponentPropsWithoutRef, forwardRef, type ReactNode } from 'react';
import { cx } from '../cx';
import { EmptyState, ErrorState, errorReason, LoadingState } from '../StateBlocks';
import type { TagFacet, TagFacetShare } from '../../core/tagFacets';
import { type TagFacetMoreValues, TagFacetGroup, type TagFacetGroupProps } from './TagFacetGroup';
import { type TagFacetsMessages, tagFacetsMessages } from './messages';

/** Props of `TagFacets`. */
export interface TagFacetsProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /** The tags, as Sentry's `/issues/{id}/tags/` lists them (from `useIssueTags`). */
  tags: readonly TagFacet[] | undefined;
  /** Shows the loading state while there are no tags yet. @default false */
  loading?: boolean;
  /** Shows the error state: an `Error` (its message is shown as text) or the host's node. @default none */
  error?: unknown;
  /** What to show when the issue has no tags. @default "No tags on this events." */
  empty?: ReactNode;
  /** Opens the events filtered by a value: gets its `key:value` query. @default none */
  onValueSelect?: (query: string, value: TagFacetShare, key: string) => void;
  /** A link to a value's filtered events, such as `#/issues/1/events?query=…`. @default none */
  getValueHref?: (query: string, value: TagFacetShare, key: string) => string | undefined;
  /** More values per tag key, loaded when a tag is expanded. @default none: the top values only */
  moreValues?: Readonly<Record<string, TagFacetMoreValues>>;
  /** Called when a tag is expanded or collapsed, to load its values. @default none */
  onExpandedChange?: (expanded: boolean, key: string) => void;
  /** Values per tag while collapsed. @default 5 */
  maxValues?: number;
  /** Heading level of each tag's name. @default 3 */
  headingLevel?: TagFacetGroupProps['headingLevel'];
  messages?: Partial<TagFacetsMessages>;
}

/**
 * Each tag of an issue with its top values and their share of the events, as Sentry's issue
 * sidebar shows them ("browser: Chrome 62 %"); a value opens the events filtered by it.
 */
export const TagFacets = /* @__PURE__ */ forwardRef<HTMLElement, TagFacetsProps>(function TagFacets(
  { tags, loading = false, error, empty, onValueSelect, getValueHref, moreValues, onExpandedChange, maxValues, headingLevel, messages: overrides, className, ...rest },
  ref,
) {
  const messages = { ...tagFacetsMessages, ...overrides };
  const list = Array.isArray(tags) ? tags.filter((tag) => tag && (typeof tag.key === 'string' || typeof tag.key === 'number')) : [];
  const state = error ? 'error' : list.length === 0 ? (loading ? 'loading' : 'empty') : 'ready';
  return (
    <section {...rest} ref={ref} className={cx('fl fl-tag-facets', className)} aria-label={rest['aria-label'] ?? messages.label} aria-busy={loading || undefined} data-state={state}>
      {state === 'error' ? (
        <ErrorState>
          <strong>{messages.error}</strong> {errorReason(error)}
        </ErrorState>
      ) : state === 'loading' ? (
        <LoadingState>{messages.loading}</LoadingState>
      ) : state === 'empty' ? (
        <EmptyState>{empty ?? <p>{messages.empty}</p>}</EmptyState>
      ) : (
        list.map((tag) => (
          <TagFacetGroup
            key={String(tag.key)}
            tag={tag}
            maxValues={maxValues}
            headingLevel={headingLevel}
            moreValues={moreValues?.[String(tag.key)]}
            onExpandedChange={onExpandedChange}
            onValueSelect={onValueSelect}
            getValueHref={getValueHref}
            messages={overrides}
          />
        ))
      )}
    </section>
  );
});
