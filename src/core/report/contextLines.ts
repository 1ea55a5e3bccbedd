import type { Context, Contexts } from '../model/contexts';
import { knownKeys } from '../knownKeys';

/** Context types a report shows, in the order it shows them, with their labels. */
const REPORTED = knownKeys<string>({
  device: 'Device',
  os: 'OS',
  browser: 'Browser',
  app: 'App',
  runtime: 'Runtime',
});

const join = (...parts: (string | number | undefined | false)[]) =>
  parts.filter((part) => part !== undefined && part !== false && part !== '').join(' ');

const inParens = (text: string | undefined) => (text === undefined || text === '' ? undefined : `(${text})`);

function summarize(context: Context): string {
  switch (context.type) {
    case 'device':
      if (!('data' in context)) {
        return join(
          context.name ?? (join(context.manufacturer ?? context.brand, context.model) || context.family),
          inParens(context.modelId),
          context.arch,
          context.simulator === true && 'simulator',
        );
      }
      break;
    case 'os':
      if (!('data' in context)) {
        return join(context.name, context.version, inParens(context.build)) || (context.rawDescription ?? '');
      }
      break;
    case 'app':
      if (!('data' in context)) {
        return join(context.appName ?? context.appIdentifier, context.appVersion, inParens(context.appBuild));
      }
      break;
    case 'runtime':
      if (!('data' in context)) return join(context.name, context.version) || (context.rawDescription ?? '');
      break;
    case 'browser':
      if (!('data' in context)) return join(context.name, context.version);
      break;
  }
  return '';
}

/** One line per key context (device, OS, browser, app, runtime) as `[label, summary]`. */
export function getReportContextLines(contexts: Contexts): [label: string, summary: string][] {
  const lines: [string, string][] = [];
  for (const type of Object.keys(REPORTED)) {
    for (const [key, context] of Object.entries(contexts)) {
      if (context.type !== type) continue;
      const summary = summarize(context);
      if (summary === '') continue;
      // `client_os` and the like sit next to `os`; the key tells them apart.
      const label = key === type ? (REPORTED[type] ?? type) : `${REPORTED[type]} (${key})`;
      lines.push([label, summary]);
    }
  }
  return lines;
}
