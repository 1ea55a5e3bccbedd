import type { Event } from '../../core/model';

/** A tag's value on an event, `undefined` when it has none. */
export function eventTag(event: Event, key: string): string | undefined {
  const tags = Array.isArray(event.tags) ? event.tags : [];
  const tag = tags.find((item) => item && item.key === key);
  return typeof tag?.value === 'string' ? tag.value : undefined;
}

/** The release as printed: its short version, else the full one; the list form carries it only as a tag. */
export function eventRelease(event: Event): string | undefined {
  return event.release?.shortVersion || event.release?.version || eventTag(event, 'release');
}

/** The environment, from the event or (in the list's short form) its tag. */
export function eventEnvironment(event: Event): string | undefined {
  return event.environment || eventTag(event, 'environment');
}

/** Who it happened to, the most telling field first. */
export function eventUser(event: Event): string | undefined {
  const user = event.user;
  return user?.email || user?.username || user?.name || user?.ipAddress || (user?.id ? `id:${user.id}` : undefined) || eventTag(event, 'user');
}

/** When it happened. */
export function eventTime(event: Event): string | undefined {
  return event.timestamp ?? event.received;
}
