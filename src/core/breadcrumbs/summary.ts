import type { Breadcrumb } from '../model';
import { maskText } from '../privacy/text';
import type { BreadcrumbKind } from './kind';

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.length > 0 ? value : undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

function httpSummary(breadcrumb: Breadcrumb): string | undefined {
  const data = breadcrumb.data ?? {};
  const url = text(data.url);
  if (url === undefined) return undefined;
  const method = text(data.method)?.toUpperCase();
  const status = text(data.status_code) ?? text(data.statusCode);
  const request = method ? `${method} ${url}` : url;
  return status ? `${request} → ${status}` : request;
}

function navigationSummary(breadcrumb: Breadcrumb): string | undefined {
  const data = breadcrumb.data ?? {};
  const from = text(data.from);
  const to = text(data.to);
  if (from !== undefined && to !== undefined) return `${from} → ${to}`;
  if (to !== undefined) return `→ ${to}`;
  return undefined;
}

function uiSummary(breadcrumb: Breadcrumb): string | undefined {
  const data = breadcrumb.data ?? {};
  // Browser SDKs put the clicked element's selector in the message; others send it as data.
  return text(breadcrumb.message) ?? text(data.selector) ?? text(data.target) ?? text(data.view);
}

/**
 * One line that says what a breadcrumb was: `GET /api/x → 500` for HTTP, `/a → /b` for
 * navigation, the selector for clicks, else the message. Empty when there is nothing to say.
 * Secrets in it (a URL's `?token=`, a bearer token in a message) are masked: the row shows it
 * as is, and the expanded data offers the original behind a Reveal button.
 */
export function getBreadcrumbSummary(breadcrumb: Breadcrumb, kind: BreadcrumbKind): string {
  let summary: string | undefined;
  if (kind === 'http') summary = httpSummary(breadcrumb);
  else if (kind === 'navigation') summary = navigationSummary(breadcrumb);
  else if (kind === 'ui') summary = uiSummary(breadcrumb);
  return maskText(summary ?? text(breadcrumb.message) ?? '');
}
