import { isSentryApiError } from '../../sentry';

/**
 * The server's field errors (`{ errors: { "actions.0.url": ["…"] } }`, or Sentry's
 * `{ "name": ["…"] }`) as one message per field path; empty for any other failure.
 */
export function serverFieldErrors(error: Error): Record<string, string> {
  if (!isSentryApiError(error) || error.status !== 400) return {};
  const body = error.body;
  if (typeof body !== 'object' || body === null) return {};
  const nested = (body as { errors?: unknown }).errors;
  const source = typeof nested === 'object' && nested !== null ? nested : body;
  const fields: Record<string, string> = {};
  try {
    for (const [path, reasons] of Object.entries(source)) {
      if (path === 'detail') continue;
      const first = Array.isArray(reasons) ? reasons.find((reason) => typeof reason === 'string') : reasons;
      // Sentry writes `actions[0].url`; the editor's fields are `actions.0.url`.
      if (typeof first === 'string') fields[path.replace(/\[(\d+)\]/g, '.$1')] = first.slice(0, 300);
    }
  } catch {
    return {};
  }
  return fields;
}
