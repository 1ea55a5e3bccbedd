// Generated breadcrumbs for stories: deterministic, so screenshots and play functions are stable.
import type { Breadcrumb, Event } from '../../src/core';

/** Time of the generated event; breadcrumbs lead up to it. */
export const EVENT_TIME = '2026-11-25T12:00:00.000Z';
const EVENT_MS = Date.parse(EVENT_TIME);

// Which pass through the pattern a breadcrumb is in, so levels vary within one kind.
const round = (i: number) => Math.floor(i / 6);

const PATTERN: ((i: number) => Breadcrumb)[] = [
  (i) => ({ type: 'navigation', category: 'navigation', data: { from: `/shop/${i}`, to: `/cart?item=${i}` } }),
  (i) => ({ type: 'default', category: 'ui.click', message: `main > form#checkout button.pay[data-step="${i % 4}"]` }),
  (i) => ({
    type: 'http',
    category: 'fetch',
    level: round(i) % 3 === 0 ? 'error' : 'info',
    data: { method: 'POST', url: `/api/orders/${i}`, status_code: round(i) % 3 === 0 ? 500 : 201, request_body_size: 512 + i, response_body_size: 48 },
  }),
  (i) => ({ category: 'console', level: round(i) % 2 ? 'warning' : 'info', message: `Cart total recalculated: ${i * 3} items`, data: { logger: 'console', arguments: ['cart', i] } }),
  (i) => ({ type: 'query', category: 'sql.query', message: `SELECT * FROM orders WHERE id = ${i}`, data: { duration_ms: (i % 17) + 0.4, db: { system: 'postgresql' } } }),
  (i) => ({ type: 'error', category: 'exception', level: 'error', message: `Retry ${i} failed: card declined`, data: { code: 'card_declined' } }),
];

/** `count` breadcrumbs cycling through navigation, ui.click, http, console, query and error, 350 ms apart. */
export function generateBreadcrumbs(count: number): Breadcrumb[] {
  return Array.from({ length: count }, (_, i) => {
    const make = PATTERN[i % PATTERN.length] as (i: number) => Breadcrumb;
    return { timestamp: new Date(EVENT_MS - (count - i) * 350).toISOString(), ...make(i) };
  });
}

/** A canonical event with the given breadcrumbs. */
export function eventWith(breadcrumbs: Breadcrumb[], fields: Partial<Event> = {}): Event {
  return {
    schema: 'faultline.event/1',
    eventId: '9d3b1c2a7e4f4b0c8a1d2e3f4a5b6c7d',
    title: "TypeError: Cannot read properties of undefined (reading 'total')",
    level: 'error',
    timestamp: EVENT_TIME,
    exceptions: [{ type: 'TypeError', value: "Cannot read properties of undefined (reading 'total')", id: 0, depth: 0 }],
    threads: [],
    breadcrumbs,
    contexts: {},
    tags: [],
    ...fields,
  };
}

/** Breadcrumbs that try to inject markup and script, and values too big to show whole. */
export function hostileBreadcrumbs(): Breadcrumb[] {
  const at = (s: number) => new Date(EVENT_MS - s * 1000).toISOString();
  return [
    { timestamp: at(9), type: 'navigation', category: 'navigation', data: { from: 'javascript:alert(document.cookie)', to: 'javascript:alert(1)' } },
    { timestamp: at(8), category: '<img src=x onerror=alert(1)>', message: '<script>alert("xss")</script><b>bold?</b>' },
    { timestamp: at(7), type: 'http', category: 'xhr', data: { method: '<i>GET</i>', url: 'javascript:void(fetch("//evil"))', status_code: '<svg onload=alert(1)>' } },
    { timestamp: at(6), category: 'console', message: `${'A'.repeat(50_000)} end`, data: { huge: 'B'.repeat(100_000), nested: { deeper: { deepest: '<iframe src="javascript:alert(1)">' } } } },
    { timestamp: 'not a time', category: 'ui.click', message: 'body > div[onclick="alert(1)"]' },
    { timestamp: at(4), category: 'custom', level: 'fatal', data: Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`key_${i}`, i])) },
  ];
}
