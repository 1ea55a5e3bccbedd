import type { UnknownBag } from './common';

/** A name/value pair in input order; names may repeat (HTTP headers, cookies, query). */
export type KeyValue = [name: string, value: string];

/** The HTTP request during which the event happened. */
export interface Request {
  /** URL without the query string. */
  url?: string;
  /** HTTP method in upper case. */
  method?: string;
  /** Query string as pairs, in input order. */
  query?: KeyValue[];
  /** Fragment after `#`. */
  fragment?: string;
  /** Request headers as pairs, in input order. */
  headers?: KeyValue[];
  /** Cookies as pairs, in input order. */
  cookies?: KeyValue[];
  /** Request body: a string, or parsed JSON / form data. */
  data?: unknown;
  /** CGI / WSGI environment. */
  env?: Record<string, unknown>;
  /** Length of the body in bytes. */
  bodySize?: number;
  /** HTTP version or API target (`graphql`). */
  apiTarget?: string;
  /** Fields the model does not name. */
  extra?: UnknownBag;
}

/** The user affected by the event. */
export interface User {
  /** User id as a string (numbers are converted). */
  id?: string;
  /** E-mail address. */
  email?: string;
  /** User name. */
  username?: string;
  /** Display name. */
  name?: string;
  /** IP address. */
  ipAddress?: string;
  /** Segment or cohort. */
  segment?: string;
  /** Geographical location derived from the IP address. */
  geo?: { city?: string; countryCode?: string; region?: string; subdivision?: string };
  /** Other user fields the SDK sent (`data` and unknown keys). */
  extra?: UnknownBag;
}

/** The SDK that sent the event. */
export interface Sdk {
  /** SDK name, such as `sentry.javascript.browser`. */
  name?: string;
  /** SDK version. */
  version?: string;
  /** Enabled integrations. */
  integrations?: string[];
  /** Packages that make up the SDK, as `name@version`. */
  packages?: { name?: string; version?: string }[];
  /** Fields the model does not name. */
  extra?: UnknownBag;
}
