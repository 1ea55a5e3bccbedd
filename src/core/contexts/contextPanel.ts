import type { Context } from '../model';
import { CONTEXT_FIELDS, isKnownContextType, PANEL_TITLES, toSnakeCase } from './fieldSpecs';
import { lazyPanel, type RowRun, runOf } from './lazyRows';
import { buildRow, type RowInput, type RowSetting } from './rows';
import type { ContextPanel } from './types';

// Fields every context has that are shown by the panel itself, not as rows.
const STRUCTURAL_FIELDS = new Set(['type', 'extra', 'data']);

function titleCase(words: string): string {
  return words
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[\s_\-.]+/)
    .filter((word) => word.length > 0)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/** Title of a context panel: `Device` for `device`, `Client Operating System` for `client_os`, `Server Runtime` for `server-runtime`. */
export function getContextTitle(key: string, type: string): string {
  const typeTitle = PANEL_TITLES[type];
  if (typeTitle && isKnownContextType(type)) {
    if (key === type) return typeTitle;
    const prefix = key.match(new RegExp(`^(.+?)[_\\-.]?${type}$`, 'i'))?.[1];
    if (prefix) return `${titleCase(prefix)} ${typeTitle}`;
  }
  return titleCase(key) || key;
}

// Names of the byte-count fields Sentry knows on any context (`memory_size`, `free_memory`,
// `storage_size`…), in both spellings: an SDK sending one where the model does not expect it
// (an app context's `free_memory`) still reads `1.5 GiB`, not raw bytes beside formatted ones.
const BYTE_FIELDS: ReadonlySet<string> = new Set(
  Object.values(CONTEXT_FIELDS).flatMap((fields) => fields.filter((spec) => spec[2] === 'bytes').flatMap(([field]) => [field, toSnakeCase(field)])),
);

function verbatimRun(panelKey: string, pairs: readonly [string, unknown][], setting: RowSetting): RowRun {
  return runOf(
    pairs,
    ([name]) => `${panelKey}.${name}`,
    ([name, value]) =>
      buildRow(
        {
          key: `${panelKey}.${name}`,
          label: name,
          value,
          format: typeof value === 'number' && BYTE_FIELDS.has(name) ? 'bytes' : undefined,
          metaPaths: [`contexts.${panelKey}.${name}`],
        },
        setting,
      ),
  );
}

function entries(bag: Record<string, unknown> | undefined): [string, unknown][] {
  return bag ? Object.entries(bag).filter(([, value]) => value !== undefined) : [];
}

/**
 * The panel of one context: known fields formatted in Sentry's order, then any other field
 * of the context and its `extra` keys verbatim, so nothing the event carries is left out.
 * Rows are built when read (`lazyPanel`), so a context of 100,000 keys costs its key list.
 */
export function buildContextPanel(key: string, context: Context, setting: RowSetting, panelKey = key): ContextPanel {
  const fields = context as unknown as Record<string, unknown>;
  const shown = new Set<string>(STRUCTURAL_FIELDS);
  const known: RowInput[] = [];
  const runs: RowRun[] = [];
  if (isKnownContextType(context.type)) {
    for (const [field, label, format, freeField] of CONTEXT_FIELDS[context.type]) {
      shown.add(field);
      const value = fields[field];
      if (value === undefined) continue;
      known.push({
        key: `${key}.${field}`,
        typeKey: `${context.type}.${field}`,
        label,
        value,
        format,
        free: freeField === undefined ? undefined : fields[freeField],
        metaPaths: [`contexts.${key}.${field}`, `contexts.${key}.${toSnakeCase(field)}`],
      });
    }
    runs.push(runOf(known, (input) => input.key, (input) => buildRow(input, setting)));
  } else if (context.type !== key) {
    runs.push(verbatimRun(key, [['type', context.type]], setting));
  }
  runs.push(verbatimRun(key, Object.entries(fields).filter(([field, value]) => !shown.has(field) && value !== undefined), setting));
  if ('data' in context && typeof context.data === 'object' && context.data !== null) {
    runs.push(verbatimRun(key, entries(context.data), setting));
  }
  runs.push(verbatimRun(key, entries(context.extra), setting));
  return lazyPanel({ key: panelKey, type: context.type, title: getContextTitle(key, context.type) }, runs);
}
