import { describe, expect, it } from 'vitest';
import { BREADCRUMB_KINDS, type BreadcrumbKind, getBreadcrumbKind, getBreadcrumbSummary } from '../../../src/core/breadcrumbs';
import type { Breadcrumb } from '../../../src/core/model';

describe('getBreadcrumbKind', () => {
  it.each<[Breadcrumb, BreadcrumbKind]>([
    [{ type: 'http', category: 'payment' }, 'http'],
    [{ category: 'xhr' }, 'http'],
    [{ category: 'fetch' }, 'http'],
    [{ type: 'default', category: 'fetch' }, 'http'],
    [{ type: 'navigation', category: 'ui' }, 'navigation'],
    [{ category: 'navigation' }, 'navigation'],
    [{ category: 'ui.click' }, 'ui'],
    [{ category: 'ui.input' }, 'ui'],
    [{ type: 'ui' }, 'ui'],
    [{ category: 'console' }, 'console'],
    [{ category: 'console', level: 'error' }, 'console'],
    [{ type: 'default', category: 'query' }, 'query'],
    [{ category: 'sql.query' }, 'query'],
    [{ type: 'query' }, 'query'],
    [{ type: 'error', category: 'checkout' }, 'error'],
    [{ type: 'exception' }, 'error'],
    [{ category: 'auth', level: 'fatal' }, 'error'],
    [{ type: 'log', category: 'events.tasks', level: 'error' }, 'error'],
    [{ type: 'user' }, 'user'],
    [{ type: 'debug' }, 'debug'],
    [{ type: 'transaction' }, 'transaction'],
    [{ category: 'sentry.transaction' }, 'transaction'],
    [{ type: 'log', category: 'events.tasks' }, 'default'],
    [{ category: 'com.example.Service', level: 'warning' }, 'default'],
    [{}, 'default'],
    [{ type: 'HTTP' }, 'http'],
  ])('%o → %s', (breadcrumb, kind) => {
    expect(getBreadcrumbKind(breadcrumb)).toBe(kind);
  });

  it('lists every kind once', () => {
    expect(new Set(BREADCRUMB_KINDS).size).toBe(10);
  });
});

describe('getBreadcrumbSummary', () => {
  it.each<[Breadcrumb, string]>([
    [{ category: 'fetch', data: { method: 'get', url: '/api/x', status_code: 500 } }, 'GET /api/x → 500'],
    [{ type: 'http', data: { method: 'POST', url: 'https://a.io/pay' } }, 'POST https://a.io/pay'],
    [{ category: 'xhr', data: { url: '/x' } }, '/x'],
    [{ category: 'xhr', message: 'request failed' }, 'request failed'],
    [{ category: 'navigation', data: { from: '/a', to: '/b' } }, '/a → /b'],
    [{ category: 'navigation', data: { to: '/b' } }, '→ /b'],
    [{ category: 'ui.click', message: 'body > button.save' }, 'body > button.save'],
    [{ category: 'ui.click', data: { selector: '#save' } }, '#save'],
    [{ category: 'ui.click', data: { view: 'SaveButton' } }, 'SaveButton'],
    [{ category: 'query', message: 'SELECT 1' }, 'SELECT 1'],
    [{ category: 'console' }, ''],
  ])('%o → %s', (breadcrumb, summary) => {
    expect(getBreadcrumbSummary(breadcrumb, getBreadcrumbKind(breadcrumb))).toBe(summary);
  });
});
