import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBreadcrumbList, formatCrumbTime } from '../../../src/core/breadcrumbs';
import { buildContextPanels } from '../../../src/core/contexts';
import type { Event } from '../../../src/core/model';
import { normalizeEvent } from '../../../src/core/normalize';

const FIXTURE_DIR = join(__dirname, '../../fixtures/events');

function fixtureFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return fixtureFiles(path);
    return entry.name.endsWith('.json') ? [path] : [];
  });
}

const files = fixtureFiles(FIXTURE_DIR);

function expectedRowKeys(key: string, context: Event['contexts'][string]): string[] {
  const fields = context as unknown as Record<string, unknown>;
  const keys = Object.entries(fields)
    .filter(([field, value]) => value !== undefined && field !== 'type' && field !== 'extra' && field !== 'data')
    .map(([field]) => `${key}.${field}`);
  const bags = [context.extra, 'data' in context ? context.data : undefined];
  for (const bag of bags) {
    for (const [name, value] of Object.entries(bag ?? {})) if (value !== undefined) keys.push(`${key}.${name}`);
  }
  return keys;
}

describe('panels and breadcrumbs over every fixture event', () => {
  it('finds the fixture events', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it.each(files.map((file) => [file.slice(FIXTURE_DIR.length + 1), file]))('%s', (_name, file) => {
    const input: unknown = JSON.parse(readFileSync(file, 'utf8'));
    const event = normalizeEvent(input).value;

    const panels = buildContextPanels(event);
    const panelKeys = panels.map((panel) => panel.key);
    const rowKeys = new Set(panels.flatMap((panel) => panel.rows.map((row) => row.key)));
    for (const [key, context] of Object.entries(event.contexts)) {
      expect(panelKeys.includes(key) || panelKeys.includes(`contexts.${key}`), `panel for context ${key}`).toBe(true);
      for (const rowKey of expectedRowKeys(key, context)) expect(rowKeys, `row ${rowKey}`).toContain(rowKey);
    }
    for (const tag of event.tags) expect(rowKeys).toContain(`tags.${tag.key}`);

    const list = buildBreadcrumbList(event, { search: 'e' });
    const all = buildBreadcrumbList(event);
    expect(all.total).toBe(event.breadcrumbs.length + 1);
    expect(all.getSlice(0, all.matched)).toHaveLength(all.matched);
    expect(list.matched).toBeLessThanOrEqual(all.matched);
    for (const crumb of event.breadcrumbs) expect(() => formatCrumbTime(crumb.timestamp, event.timestamp)).not.toThrow();
  });
});
