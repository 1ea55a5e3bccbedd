import { describeScrubbing } from '../contexts/scrubbing';
import type { Event } from '../model';

/** A `_meta` note on one field of a breadcrumb: Sentry trimmed or scrubbed it. */
export interface BreadcrumbNote {
  /** The breadcrumb field, such as `message` or `data.url`. */
  field: string;
  /** Why, such as `trimmed from 1,595 characters`; a generic reason when the note says none. */
  reason: string;
}

const CRUMB_PATH = /^breadcrumbs\[(\d+)\]\.(.+)$/;

/**
 * The `_meta` notes of an event's breadcrumbs by breadcrumb index, read once from its paths
 * (`breadcrumbs[21].message`), so a row can say its text is not what the SDK sent.
 */
export function getBreadcrumbNotes(event: Event): ReadonlyMap<number, BreadcrumbNote[]> {
  const notes = new Map<number, BreadcrumbNote[]>();
  for (const [path, annotation] of Object.entries(event.meta ?? {})) {
    const match = CRUMB_PATH.exec(path);
    if (!match) continue;
    const note = { field: match[2]!, reason: describeScrubbing(annotation) ?? 'changed by Sentry' };
    const index = Number(match[1]);
    const list = notes.get(index);
    if (list) list.push(note);
    else notes.set(index, [note]);
  }
  return notes;
}
