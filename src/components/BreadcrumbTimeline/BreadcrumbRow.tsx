import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import type { BreadcrumbItem, BreadcrumbNote } from '../../core';
import type { UseBreadcrumbsResult } from '../../hooks/useBreadcrumbs';
import { KeyValueList, type KeyValueRow } from '../KeyValueList';
import { LevelBadge } from '../LevelBadge';
import { BREADCRUMB_KIND_LABELS, BreadcrumbKindIcon } from './KindIcon';

/** Props of `BreadcrumbRow`. */
export interface BreadcrumbRowProps extends Omit<ComponentPropsWithoutRef<'li'>, 'children'> {
  /** The row to show. */
  item: BreadcrumbItem;
  /** The `useBreadcrumbs` result the row reads its time, expansion and prop getters from. */
  breadcrumbs: UseBreadcrumbsResult;
  /** 1-based position in the filtered list, for screen readers. */
  position: number;
  /** Index the virtualizer measures the row by. */
  virtualIndex?: number;
}

// A one-line summary longer than this is cut in the row; the whole text is in the expanded data.
const SUMMARY_LIMIT = 300;
// More top-level data keys than this go into one paged tree, so a huge data object stays light.
const DATA_KEYS_LIMIT = 100;

function clip(text: string, limit: number): string {
  return text.length > limit ? `${text.slice(0, limit)}…` : text;
}

/** The key/value rows of a breadcrumb's expanded data: the full message when the row cuts or replaces it, then the data. */
function detailRows(item: BreadcrumbItem): KeyValueRow[] {
  const rows: KeyValueRow[] = [];
  const message = item.breadcrumb.message;
  if (message && (message !== item.summary || message.length > SUMMARY_LIMIT)) {
    rows.push({ key: 'message', label: 'message', value: message });
  }
  const entries = Object.entries(item.data ?? {});
  for (const [key, value] of entries.slice(0, DATA_KEYS_LIMIT)) {
    rows.push({ key: `data.${key}`, label: key, value });
  }
  if (entries.length > DATA_KEYS_LIMIT) {
    const rest = Object.fromEntries(entries.slice(DATA_KEYS_LIMIT));
    rows.push({ key: 'data…', label: `${entries.length - DATA_KEYS_LIMIT} more keys`, value: rest });
  }
  return rows;
}

/** Says the row is not what the SDK sent: Sentry trimmed or scrubbed a field (`_meta`). */
function CrumbNotes({ notes }: { notes: readonly BreadcrumbNote[] }) {
  const text = notes.map((note) => `${note.field} ${note.reason}`).join('; ');
  const trimmedOnly = notes.every((note) => note.reason.startsWith('trimmed'));
  return (
    <span data-slot="crumb-note" title={text}>
      {trimmedOnly ? 'Trimmed' : 'Changed by Sentry'}
      <span className="fl-visually-hidden">: {text}</span>
    </span>
  );
}

/** One entry of a `BreadcrumbTimeline`: kind icon and name, level, category, summary, time and expandable data. */
export const BreadcrumbRow = /* @__PURE__ */ forwardRef<HTMLLIElement, BreadcrumbRowProps>(function BreadcrumbRow({ item, breadcrumbs, position, virtualIndex, ...rest }: BreadcrumbRowProps, ref) {
  const kindLabel = BREADCRUMB_KIND_LABELS[item.kind] ?? item.kind;
  const time = breadcrumbs.formatTime(item);
  const details = item.isEvent ? [] : detailRows(item);
  const open = breadcrumbs.isExpanded(item);
  const shortSummary = clip(item.summary || item.category || kindLabel, 80);
  return (
    <li
      {...rest}
      {...breadcrumbs.getCrumbProps(item)}
      ref={ref}
      data-index={virtualIndex}
      aria-posinset={position}
      aria-setsize={breadcrumbs.matched}
      data-slot="crumb"
    >
      <span data-slot="crumb-marker">
        <BreadcrumbKindIcon kind={item.kind} />
      </span>
      <div data-slot="crumb-body">
        <div data-slot="crumb-header">
          <span data-slot="crumb-kind">{kindLabel}</span>
          {item.category !== undefined && <span data-slot="crumb-category">{item.category}</span>}
          {item.isEvent && <span data-slot="crumb-event-tag">This event</span>}
          {item.notes && <CrumbNotes notes={item.notes} />}
          <LevelBadge level={item.level} />
          {time ? (
            <time data-slot="crumb-time" dateTime={time.iso} title={time.iso}>
              {time.text}
            </time>
          ) : (
            <span data-slot="crumb-time" title="No time recorded">
              —
            </span>
          )}
        </div>
        {item.summary !== '' && <p data-slot="crumb-summary">{clip(item.summary, SUMMARY_LIMIT)}</p>}
        {details.length > 0 && (
          <button
            {...breadcrumbs.getToggleProps(item)}
            className="fl-button"
            data-slot="crumb-toggle"
            aria-label={`Data of ${kindLabel} breadcrumb: ${shortSummary}`}
          >
            Data ({details.length})
          </button>
        )}
        {open && details.length > 0 && (
          <div {...breadcrumbs.getDataProps(item)}>
            <KeyValueList rows={details} />
          </div>
        )}
      </div>
    </li>
  );
});
