import type { LogMessage } from '../model';

// printf-style placeholders as Python's logging and most SDKs write them: %s, %d, %r…, and
// %(name)s for a dict of parameters; %% is a literal percent sign.
const PLACEHOLDER = /%(?:\(([^)]*)\))?[-#0 +]*\d*(?:\.\d+)?([sdifrxXeEgGoc%])/g;

function paramText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined) return 'undefined';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * The text of a logged message: `formatted` when the SDK sent it, else the format string with
 * its parameters filled in the way the logging call would have (`%s`, `%(name)s`). A
 * placeholder without a parameter stays as written, so nothing is invented.
 */
export function formatLogMessage(message: LogMessage): string {
  if (message.formatted !== undefined) return message.formatted;
  const format = message.message ?? '';
  const params = message.params;
  if (params === undefined) return format;
  let next = 0;
  return format.replace(PLACEHOLDER, (match, name: string | undefined, conversion: string) => {
    if (conversion === '%') return name === undefined ? '%' : match;
    if (name !== undefined) {
      if (Array.isArray(params) || !Object.hasOwn(params, name)) return match;
      return paramText(params[name]);
    }
    if (!Array.isArray(params) || next >= params.length) return match;
    return paramText(params[next++]);
  });
}
