/*
 * Cost of normalizing a ~5 MB event against the cost of parsing its JSON.
 * Target: normalizeEvent takes at most half the time of JSON.parse (ratio <= 0.5).
 * Run: npm run bench:schema
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { normalizeEvent } from '../src/core/normalize';

const FIXTURES = join(import.meta.dirname, '../test/fixtures/events');
const TARGET_BYTES = 5 * 1024 * 1024;
/** Blocks of runs per side, parse and normalize in alternation, so a burst of load on a shared machine lands on both. */
const ROUNDS = 7;
/** Untimed runs at the start of each block: caches and inline caches refilled after the collection. */
const WARMUP = 2;
const RUNS_PER_ROUND = 5;

// A full collection before each block, so neither side pays for garbage the other left behind.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

type Json = Record<string, unknown>;

function fixtureEvents(): Json[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) => readdirSync(join(FIXTURES, dir.name)).map((file) => join(FIXTURES, dir.name, file)))
    .filter((path) => path.endsWith('.json'))
    .map((path) => JSON.parse(readFileSync(path, 'utf8')) as Json);
}

const values = (value: unknown): Json[] => {
  const list = Array.isArray(value) ? value : (value as { values?: unknown } | undefined)?.values;
  return Array.isArray(list) ? (list as Json[]) : [];
};

/** Real frames and breadcrumbs from every fixture, repeated until the event's JSON reaches the target size. */
function buildLargeEvent(): Json {
  const events = fixtureEvents();
  const frames = events.flatMap((event) =>
    values(event.exception).flatMap((exception) => values((exception.stacktrace as Json | undefined)?.frames)),
  );
  const richFrames = frames.filter((frame) => frame.pre_context !== undefined || frame.vars !== undefined);
  const breadcrumbs = events.flatMap((event) => values(event.breadcrumbs));
  const base =
    events.find((event) => event.request !== undefined && event.contexts !== undefined && normalizeEvent(event).problems.length === 0) ?? {};
  const exceptions: Json[] = [];
  const crumbs: Json[] = [];
  const event: Json = { ...base, exception: { values: exceptions }, breadcrumbs: { values: crumbs } };
  let size = JSON.stringify(event).length;
  let round = 0;
  while (size < TARGET_BYTES) {
    const chunk = [...richFrames, ...frames.slice(0, 200)];
    exceptions.push({ type: `Error${round}`, value: `round ${round}`, stacktrace: { frames: chunk } });
    crumbs.push(...breadcrumbs);
    size += JSON.stringify(chunk).length + JSON.stringify(breadcrumbs).length;
    round++;
  }
  return event;
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Times `RUNS_PER_ROUND` runs after a collection and a warm-up, adding them to `samples`. */
function timeBlock(run: () => unknown, samples: number[]): void {
  collectGarbage();
  for (let i = 0; i < WARMUP; i++) run();
  for (let i = 0; i < RUNS_PER_ROUND; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
}

/** Median times of two runs, measured in alternating blocks. */
function measurePair(first: () => unknown, second: () => unknown): [number, number] {
  const firstSamples: number[] = [];
  const secondSamples: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    timeBlock(first, firstSamples);
    timeBlock(second, secondSamples);
  }
  return [median(firstSamples), median(secondSamples)];
}

const bytes = JSON.stringify(buildLargeEvent());
const parsed = JSON.parse(bytes) as unknown;
const [parseMs, normalizeMs] = measurePair(
  () => JSON.parse(bytes),
  () => normalizeEvent(parsed),
);
const result = normalizeEvent(parsed);
const frameCount = result.value.exceptions.reduce((sum, exception) => sum + (exception.stacktrace?.frames.length ?? 0), 0);

console.log(`event: ${(bytes.length / 1024 / 1024).toFixed(2)} MB, ${frameCount} frames, ${result.value.breadcrumbs.length} breadcrumbs, ${result.problems.length} problems`);
console.log(`JSON.parse      median ${parseMs.toFixed(2)} ms`);
console.log(`normalizeEvent  median ${normalizeMs.toFixed(2)} ms`);
console.log(`ratio normalize/parse ${(normalizeMs / parseMs).toFixed(3)} (target <= 0.5)`);
