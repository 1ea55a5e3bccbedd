import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import type { Event } from '../../core';
import { useContexts } from '../../hooks/useContexts';
import { TagChips } from '../ContextPanels';

// Module-level so the hook's memo sees the same list on every render.
const TAGS_ONLY = ['tags'] as const;

/** Props of `EventTags`. */
export interface EventTagsProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The canonical event. */
  event: Event;
  /** Called with a tag's key and value; chips are buttons only when it is given. */
  onTagClick?: (key: string, value: string) => void;
}

/** The event's tags as chips, scrubbed ones marked, read through `useContexts` like every panel. */
export const EventTags = /* @__PURE__ */ forwardRef<HTMLDivElement, EventTagsProps>(function EventTags({ event, onTagClick, ...rest }: EventTagsProps, ref) {
  const contexts = useContexts(event, { panels: TAGS_ONLY });
  const panel = contexts.panels[0];
  if (!panel) return null;
  return <TagChips {...rest} ref={ref} rows={panel.rows} tags={event.tags} state={contexts} onTagClick={onTagClick} />;
});
