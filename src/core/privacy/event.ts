import type { Event } from '../model/event';
import type { Issue } from '../model/issue';
import { maskText } from './text';
import { maskValue } from './walk';

const masked = new WeakMap<Event, Event>();

/**
 * The event with every secret masked (see `maskValue`), for whatever leaves the kit: reports,
 * Slack messages and issue-tracker links. Sentry's `_meta` notes are kept as they are (they
 * hold lengths and rule names, not values). Cached per event, so several exports of one
 * event walk it once.
 */
export function maskEvent(event: Event): Event {
  const cached = masked.get(event);
  if (cached) return cached;
  const { meta, ...rest } = event;
  const walked = maskValue(rest) as Omit<Event, 'meta'>;
  const result: Event = walked === rest ? event : meta === undefined ? (walked as Event) : { ...walked, meta };
  masked.set(event, result);
  return result;
}

/** The issue's own text (title, culprit, permalink) with secrets its values show masked. */
export function maskIssue(issue: Issue): Issue {
  const title = maskText(issue.title);
  const culprit = issue.culprit === undefined ? undefined : maskText(issue.culprit);
  const permalink = issue.permalink === undefined ? undefined : maskText(issue.permalink);
  if (title === issue.title && culprit === issue.culprit && permalink === issue.permalink) return issue;
  return { ...issue, title, culprit, permalink };
}
