import type { Breadcrumb, Event } from '../model';

/**
 * The event itself as a breadcrumb, so the timeline ends where the error happened:
 * type `error` with category `exception` when it carries exceptions, else a `message`.
 */
export function getEventBreadcrumb(event: Event): Breadcrumb {
  const hasException = event.exceptions.length > 0;
  return {
    type: hasException ? 'error' : 'default',
    category: hasException ? 'exception' : 'message',
    level: event.level ?? 'error',
    message: event.title,
    timestamp: event.timestamp,
    eventId: event.eventId,
  };
}
