import type { Level, Timestamp, UnknownBag } from './common';

/** One breadcrumb: something that happened before the event. */
export interface Breadcrumb {
  /** When it happened. */
  timestamp?: Timestamp;
  /** Breadcrumb type as sent (`default`, `http`, `navigation`, `error`, `debug`, `query`, `ui`, `user`…). */
  type?: string;
  /** Category such as `console`, `ui.click`, `xhr`, `fetch`, `navigation`. */
  category?: string;
  /** Severity. */
  level?: Level;
  /** Free-form message. */
  message?: string;
  /** Structured data (HTTP method, URL, status code; navigation from / to…). */
  data?: Record<string, unknown>;
  /** Id of an event this breadcrumb refers to. */
  eventId?: string;
  /** Fields the model does not name. */
  extra?: UnknownBag;
}
