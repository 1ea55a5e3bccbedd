import { safeLinkHref } from '../../core/format/safeUrl';

/**
 * Fills an `eventHref` template such as `#/issues/7/events/{eventId}` for one event. The id is
 * URL-encoded, so an id holding `/`, `?` or `#` cannot reach another path; an unsafe result
 * (`javascript:`…) gives `undefined`, and so no link.
 */
export function fillEventHref(template: string | undefined, eventId: string | undefined): string | undefined {
  if (typeof template !== 'string' || eventId === undefined || eventId === '') return undefined;
  return safeLinkHref(template.replace(/\{eventId\}/g, encodeURIComponent(eventId)));
}
