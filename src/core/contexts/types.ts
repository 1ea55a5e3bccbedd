import type { DateFormatOptions } from '../format';
import type { Event, MetaAnnotation } from '../model';

/** What a panel row knows about how its value was changed or hidden. */
export interface ContextRowFlags {
  /** Sentry's scrubbers removed or changed the value (`[Filtered]`, or a `_meta` annotation). */
  scrubbed?: boolean;
  /** The value is a secret shown as `••••••` until revealed. */
  masked?: boolean;
  /** A masked value whose `raw` is kept for a per-value reveal. */
  revealable?: boolean;
  /** The `_meta` annotation of the value, when Sentry sent one. */
  meta?: MetaAnnotation;
}

/** One labelled value of a context panel. */
export interface ContextRow {
  /** Stable key: panel key and field, such as `device.memorySize` or `request.headers.Authorization`. */
  key: string;
  /** Label in the key column, such as `Memory`; unknown fields keep their own key. */
  label: string;
  /** The value to render when `display` is absent: objects and arrays stay structured for a tree; the mask when masked. */
  value: unknown;
  /** Formatted text such as `23.5 GiB`, `Yes`, `48%`; `undefined` for nested values. */
  display: string | undefined;
  /** The value as the event carries it; for a masked row only while reveal is allowed. */
  raw: unknown;
  flags: ContextRowFlags;
  /** Sub-heading inside a panel for rows that belong together (`headers`, `cookies`, `query`, `env`). */
  group?: string;
}

/** A titled box of rows: one context, the user, the request, the tags, additional data or the SDK. */
export interface ContextPanel {
  /** Key of the context as the event keys it (`device`, `client_os`, `react`), or `user`, `request`, `tags`, `extra`, `sdk`; `contexts.<key>` for a context keyed like one of those. */
  key: string;
  /** Context type (`device`, `os`…, the SDK's type for unknown contexts), or `user`, `request`, `tags`, `extra`, `sdk`. */
  type: string;
  /** Title such as `Device`, `Operating System`, `Client Operating System`. */
  title: string;
  /** Rows in the panel, counted without building them. */
  rowCount: number;
  /** The rows under their sub-headings, in order, each built only when sliced. */
  groups: ContextRowGroup[];
  /** Every row, in the panel's order, built on first read: a long panel should slice `groups`. */
  readonly rows: ContextRow[];
}

/** Rows of a panel under one sub-heading, built on demand. */
export interface ContextRowGroup {
  /** Sub-heading (`headers`, `cookies`, `query`, `env`); `undefined` for the panel's own fields. */
  group: string | undefined;
  /** Rows in the group. */
  size: number;
  /** Rows `start` to `end` (exclusive) of the group, built on first read and kept. */
  slice: (start: number, end: number) => ContextRow[];
}

/** Formats one value for display; returning `undefined` keeps the built-in formatting. */
export type ContextValueFormatter = (value: unknown, row: { key: string; event: Event }) => string | undefined;

/** Options of `buildContextPanels`. */
export interface ContextPanelOptions extends DateFormatOptions {
  /** Panel keys to show, in this order; absent shows every panel in the default order. */
  panels?: readonly string[];
  /** Panel keys to leave out, such as `['tags']` when a page shows the tags elsewhere. @default none */
  exclude?: readonly string[];
  /** Label overrides by row key (`device.model`) or by type and field (`os.name` also labels `client_os.name`). */
  labels?: Readonly<Record<string, string>>;
  /** Custom formatters by row key or by type and field, like `labels`. */
  formatters?: Readonly<Record<string, ContextValueFormatter>>;
  /**
   * Mask secrets by Relay's default rules (`isSecretKey` for names such as `Authorization`,
   * `Cookie`, `DB_PASSWORD`, `db.api_key`; card numbers, bearer tokens, private keys and URL
   * secrets in any value); a function replaces the name rule; `false` shows everything. @default true
   */
  maskSensitive?: boolean | ((name: string) => boolean);
  /** Keep masked values in `raw` so a user may reveal them; `false` drops them. @default true */
  allowReveal?: boolean;
}
