// Seeded data for the browser bench, built inside each page so every contender starts from the
// same bytes: Sentry Web API issues (as `GET /organizations/{org}/issues/` sends them), a raw
// event with one long stack trace, and a raw event with many breadcrumbs.

/** "Now" of the generated data, so relative times never depend on the clock. */
export const BENCH_NOW = Date.parse('2026-11-25T12:00:00Z');

/** A deterministic pseudo-random sequence (an LCG): the same seed gives the same data. */
export function seededRandom(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const PROJECTS = ['web', 'api', 'android', 'worker', 'billing'];
const LEVELS = ['error', 'error', 'error', 'warning', 'fatal', 'info', 'error', 'warning', 'error', 'error'];
const STATUSES = ['unresolved', 'unresolved', 'unresolved', 'resolved', 'ignored'];
const SUBSTATUSES = ['new', 'ongoing', 'ongoing', 'regressed', 'escalating'];
const TYPES = ['TypeError', 'ValueError', 'KeyError', 'RangeError'];
// Exactly one issue in ten mentions "quote" and one in ten "quota": the bench types "quot"
// (20 % match), then the timed keystroke "e" narrows the list to 10 %. No other text has "quot".
const NOUNS = ['quote', 'quota', 'cart', 'user', 'token', 'price', 'order', 'basket', 'invoice', 'session'];
const CULPRITS = ['app/routes/checkout', 'src/components/Cart.tsx in render', 'api.views in post', 'worker.jobs in run'];
const ASSIGNEES = [null, null, { type: 'user', id: '7', name: 'Ada Lovelace', email: 'ada@example.com' }, { type: 'team', id: '9', name: 'frontend' }];

/** The search text of the "one keystroke matching 10 %" case: typed before, then its last letter timed. */
export const KEYSTROKE_QUERY = 'quote';

/** `count` issues in the Web API shape: string counts, ISO dates, `project` objects, shared stats. */
export function generateApiIssues(count: number, seed = 13): unknown[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const end = Math.floor(BENCH_NOW / 1000);
  // Sentry sends a graph per issue; a pool keeps 100k issues from holding millions of buckets
  // in every contender alike.
  const graphs = Array.from({ length: 64 }, () => ({
    '24h': Array.from({ length: 24 }, (_, i) => [end - (24 - i) * 3600, Math.floor(random() * random() * 80)]),
  }));
  const issues: unknown[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const project = pick(PROJECTS);
    const type = pick(TYPES);
    const value = `${NOUNS[i % NOUNS.length]}${i % 97} is not defined`;
    const lastSeen = BENCH_NOW - Math.floor(random() * 14 * 86_400_000);
    const id = String(100_000 + i);
    issues[i] = {
      id,
      shortId: `${project.toUpperCase()}-${(i + 1).toString(36).toUpperCase()}`,
      title: `${type}: ${value}`,
      culprit: pick(CULPRITS),
      permalink: `https://example.sentry.io/issues/${id}/`,
      level: LEVELS[i % LEVELS.length],
      status: pick(STATUSES),
      substatus: pick(SUBSTATUSES),
      priority: pick(['high', 'medium', 'low']),
      platform: project === 'android' ? 'java' : project === 'api' ? 'python' : 'javascript',
      project: { id: String(PROJECTS.indexOf(project) + 1), name: project, slug: project },
      type: 'error',
      metadata: { type, value },
      assignedTo: pick(ASSIGNEES),
      isBookmarked: random() < 0.1,
      hasSeen: random() < 0.5,
      count: String(Math.floor(random() * 10_000)),
      userCount: Math.floor(random() * 500),
      firstSeen: new Date(lastSeen - Math.floor(random() * 60 * 86_400_000)).toISOString(),
      lastSeen: new Date(lastSeen).toISOString(),
      stats: graphs[i % graphs.length],
    };
  }
  return issues;
}

/** A raw Sentry event whose one exception has `count` distinct in-app frames. */
export function generateStackEvent(count: number): Record<string, unknown> {
  const frames = new Array(count);
  for (let i = 0; i < count; i++) {
    const stage = Math.floor(i / 100);
    frames[i] = { function: `step${i}`, module: `app.pipeline.stage${stage}`, filename: `app/pipeline/stage${stage}.py`, lineno: (i % 400) + 1, in_app: i % 3 !== 0 };
  }
  return {
    event_id: '0123456789abcdef0123456789abcdef',
    platform: 'python',
    timestamp: new Date(BENCH_NOW).toISOString(),
    exception: { values: [{ type: 'PipelineError', value: `${count} nested steps`, stacktrace: { frames } }] },
  };
}

const CRUMB_CATEGORIES = ['navigation', 'ui.click', 'fetch', 'console', 'sql.query', 'exception'];

/** A raw Sentry event with `count` breadcrumbs, 350 ms apart, cycling through six kinds. */
export function generateCrumbEvent(count: number): Record<string, unknown> {
  const values = new Array(count);
  for (let i = 0; i < count; i++) {
    const category = CRUMB_CATEGORIES[i % CRUMB_CATEGORIES.length] as string;
    const timestamp = new Date(BENCH_NOW - (count - i) * 350).toISOString();
    if (category === 'navigation') values[i] = { timestamp, type: 'navigation', category, data: { from: `/shop/${i}`, to: `/cart?item=${i}` } };
    else if (category === 'fetch') values[i] = { timestamp, type: 'http', category, level: i % 18 === 2 ? 'error' : 'info', data: { method: 'POST', url: `/api/orders/${i}`, status_code: i % 18 === 2 ? 500 : 201 } };
    else if (category === 'exception') values[i] = { timestamp, type: 'error', category, level: 'error', message: `Retry ${i} failed: card declined` };
    else values[i] = { timestamp, category, level: 'info', message: `${category} step ${i}` };
  }
  return {
    event_id: 'fedcba9876543210fedcba9876543210',
    platform: 'javascript',
    timestamp: new Date(BENCH_NOW).toISOString(),
    message: 'Checkout failed',
    breadcrumbs: { values },
  };
}
