import { act, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventView } from '../../../src/components/EventView';
import { eventFixtures } from '../../core/normalize/loadFixtures';
import { EVERY_FIELD } from './everyField';
import { checkField, isObject, type Json, WHERE } from './fieldChecks';
import { type Page, pageOf } from './page';

/*
 * Issue 6, "Done when": every platform's sample is rendered completely — each field a real SDK
 * event carries is shown by a part of the page made for it, or listed by name under "Other
 * fields". The whole-event raw JSON does not count: `Page` never looks inside it.
 *
 * One check per top-level field, each saying where the field must show; a key without a check
 * must be listed under "Other fields", so a field nobody thought of fails here instead of hiding.
 */

const NOW = Date.parse('2026-11-25T12:00:00Z');

// jsdom has no layout: give scrollers a viewport so virtualized frames and crumbs render.
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1200 });
});

const FIXTURES = eventFixtures().filter((entry): entry is [string, Json] => isObject(entry[1]));

it('reads every fixture event', () => {
  expect(FIXTURES.length).toBeGreaterThanOrEqual(128);
});

/** Renders an event once for all of a suite's tests, outside Testing Library's per-test cleanup. */
function renderedOnce(element: () => ReactElement): () => Page {
  let root: Root | undefined;
  let page: Page | undefined;
  beforeAll(() => {
    const container = document.body.appendChild(document.createElement('div'));
    root = createRoot(container);
    act(() => root?.render(element()));
    page = pageOf(container);
  });
  afterAll(() => {
    act(() => root?.unmount());
    document.body.replaceChildren();
  });
  return () => {
    if (!page) throw new Error('not rendered');
    return page;
  };
}

describe.each([...FIXTURES, ['every field the checks know, hostile where free text', EVERY_FIELD] as [string, Json]])('%s', (name, event) => {
  const page = renderedOnce(() => <EventView event={event} now={NOW} />);

  it.each(Object.keys(event))('shows %s', (key) => {
    const missing = checkField(page(), key, event[key]);
    expect(missing, `${name}: ${key} is not shown: ${missing.join('; ')}`).toEqual([]);
  });
});

it('exercises every check on a fixture or the synthetic event', () => {
  const carried = new Set([...FIXTURES, ['', EVERY_FIELD] as const].flatMap(([, event]) => Object.keys(event)));
  expect(Object.keys(WHERE).filter((key) => !carried.has(key))).toEqual([]);
});

describe('the hostile text of the synthetic event', () => {
  const page = renderedOnce(() => <EventView event={EVERY_FIELD} now={NOW} />);

  it('stays text: no markup, links only to http(s)', () => {
    const article = page().header()?.closest('article');
    expect(article?.querySelector('img, script, b, i, [onload], [onerror]')).toBeNull();
    for (const link of article?.querySelectorAll('a[href]') ?? []) expect(link.getAttribute('href')).toMatch(/^https?:/);
    expect(page().fact('Logger')).toBe(EVERY_FIELD.logger);
    expect(page().otherFields().has('<svg onload=alert(1)>')).toBe(true);
  });
});

describe('the checks', () => {
  // Without its data and contexts sections the page hides these fields: each check must say so.
  const page = renderedOnce(() => <EventView event={EVERY_FIELD} now={NOW} sections={['message', 'stacktrace']} />);

  it.each(['contexts', 'tags', 'user', 'request', 'sdk', 'extra', 'modules', 'fingerprint', 'debug_meta', 'errors', '_meta', '<svg onload=alert(1)>'])(
    'report %s as missing from a page that leaves it out',
    (key) => {
      expect(checkField(page(), key, EVERY_FIELD[key])).not.toEqual([]);
    },
  );
});
