// Issue lists for the IssueList stories and tests: the Web API fixture as sent, issues built
// from real fixture events, a deterministic generator for huge lists, and hostile input.
import apiIssues from '../../test/fixtures/api/issues-list.json';
import { normalizeEvent } from '../../src/core';
import type { Issue, IssueStatus, IssueSubstatus, Level, StatsSeries } from '../../src/core/model';
import { platformEvents } from '../samples/events';

/** "Now" for every story and test, so relative times and `lastSeen:-24h` stay put. */
export const SAMPLE_NOW = Date.parse('2026-11-25T12:00:00Z');

/** The Sentry Web API issues fixture, raw. */
export const rawApiIssues: unknown[] = apiIssues;

// Deterministic pseudo-random numbers, so every run shows the same data.
function randomFrom(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const PROJECTS = ['web', 'api', 'android', 'worker', 'billing'];
const LEVELS: Level[] = ['error', 'error', 'error', 'warning', 'fatal', 'info'];
const STATUSES: IssueStatus[] = ['unresolved', 'unresolved', 'unresolved', 'resolved', 'ignored'];
const SUBSTATUSES: IssueSubstatus[] = ['new', 'ongoing', 'ongoing', 'regressed', 'escalating'];
const PEOPLE = [undefined, undefined, { type: 'user' as const, id: '7', name: 'Ada Lovelace', email: 'ada@example.com' }, { type: 'team' as const, id: '9', name: 'frontend' }];

function series(random: () => number, buckets: number, step: number): StatsSeries {
  const end = Math.floor(SAMPLE_NOW / 1000);
  return Array.from({ length: buckets }, (_, i) => [end - (buckets - i) * step, Math.floor(random() * random() * 80)]);
}

/** A list of `count` issues titled after `titles` (cycled), with varied counts, dates, statuses and stats. */
export function generateIssues(count: number, titles: readonly Pick<Issue, 'title' | 'culprit' | 'metadata' | 'platform' | 'level'>[] = [], seed = 42): Issue[] {
  const random = randomFrom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  // A pool of graphs shared between issues keeps 100k issues from holding millions of buckets.
  const graphs = Array.from({ length: 64 }, () => ({ '24h': series(random, 24, 3600), '14d': series(random, 14, 86_400) }));
  return Array.from({ length: count }, (_, i) => {
    const project = pick(PROJECTS);
    const lastSeen = SAMPLE_NOW - Math.floor(random() * 14 * 86_400_000);
    const base = titles.length ? titles[i % titles.length]! : undefined;
    const type = pick(['TypeError', 'ValueError', 'KeyError', 'RangeError']);
    const value = `${pick(['cart', 'user', 'token', 'price'])}${i % 97} is not defined`;
    return {
      schema: 'faultline.issue/1',
      id: String(100_000 + i),
      shortId: `${project.toUpperCase()}-${(i + 1).toString(36).toUpperCase()}`,
      title: base?.title ?? `${type}: ${value}`,
      culprit: base?.culprit ?? pick(['app/routes/checkout', 'src/components/Cart.tsx in render', 'api.views in post']),
      metadata: base?.metadata ?? { type, value },
      level: base?.level ?? pick(LEVELS),
      platform: base?.platform ?? (project === 'android' ? 'java' : project === 'api' ? 'python' : 'javascript'),
      status: pick(STATUSES),
      substatus: pick(SUBSTATUSES),
      priority: pick(['high', 'medium', 'low'] as const),
      count: Math.floor(random() * 10_000),
      userCount: Math.floor(random() * 500),
      firstSeen: new Date(lastSeen - Math.floor(random() * 60 * 86_400_000)).toISOString(),
      lastSeen: new Date(lastSeen).toISOString(),
      project: { id: String(PROJECTS.indexOf(project) + 1), slug: project },
      assignedTo: pick(PEOPLE),
      isBookmarked: random() < 0.1,
      permalink: `https://example.sentry.io/issues/${100_000 + i}/`,
      stats: graphs[i % graphs.length],
    };
  });
}

/** Titles, culprits and levels of the real fixture events, one per platform. */
export function fixtureEventTitles() {
  return Object.values(platformEvents).map((raw) => {
    const { value } = normalizeEvent(raw);
    const exception = value.exceptions?.at(-1);
    return {
      title: value.title ?? 'Untitled event',
      culprit: value.culprit,
      level: value.level,
      platform: value.platform,
      metadata: exception ? { type: exception.type, value: exception.value } : undefined,
    };
  });
}

/** Real-looking issues: the API fixture (normalized) followed by issues from fixture events. */
export function realisticIssues(): unknown[] {
  return [...rawApiIssues, ...generateIssues(40, fixtureEventTitles(), 7)];
}

/** Issues whose every string tries to be markup or a script. */
export function hostileIssues(): unknown[] {
  const [first, second] = generateIssues(3, [], 3);
  return [
    { ...first, title: '<img src=x onerror="alert(1)"><script>alert(2)</script>', culprit: '<b>bold</b> in render', permalink: 'javascript:alert(3)', metadata: { type: '<script>', value: '"><svg onload=alert(4)>' } },
    { ...second, title: 'x'.repeat(5000), shortId: 'Y'.repeat(300), count: Number.MAX_SAFE_INTEGER, userCount: 1e12, permalink: ' JaVaScRiPt:alert(5)' },
    { id: '999', title: null, count: 'lots', project: '<i>p</i>', assignedTo: { type: 'user', name: '<u>who</u>' }, stats: { '24h': 'nope' } },
  ];
}
