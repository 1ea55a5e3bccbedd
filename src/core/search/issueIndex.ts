import type { Issue, Release } from '../model';
import { buildIssueSearchRow, type IssueSearchRow } from './row';

/**
 * Issues prepared for searching: one lowercased search row per issue, built once. Rebuild it
 * only when the issue list itself changes (memoise on the array in a hook).
 *
 * The rows are built on first read, not when the index is made: an empty query needs none, so
 * a list paints its first rows before paying for 100k of them. `buildSome` builds them in
 * slices (from an idle callback), and reading `rows` finishes whatever is left.
 */
export interface IssueIndex {
  readonly issues: readonly Issue[];
  /** `rows[i]` describes `issues[i]`. */
  readonly rows: readonly IssueSearchRow[];
  /** The newest release seen in the issues (by creation, then last event): `release:latest`. */
  readonly latestRelease: string | undefined;
  /** Whether every row is built, so reading `rows` costs nothing. */
  readonly ready: boolean;
  /** Builds up to `count` more rows; returns whether all are built now. */
  buildSome(count: number): boolean;
}

function releaseTime(release: Release | undefined): number {
  const time = Date.parse(release?.dateCreated ?? release?.lastEvent ?? '');
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

function newestRelease(issues: readonly Issue[]): string | undefined {
  let latest: Release | undefined;
  let latestTime = Number.NEGATIVE_INFINITY;
  for (const issue of issues) {
    for (const release of [issue.firstRelease, issue.lastRelease]) {
      if (!release) continue;
      const time = releaseTime(release);
      if (time > latestTime) {
        latest = release;
        latestTime = time;
      }
    }
  }
  return latest?.version;
}

/** Makes the search index of a list of issues; its rows are built on demand (see `IssueIndex`). */
export function createIssueIndex(issues: readonly Issue[]): IssueIndex {
  const rows: IssueSearchRow[] = new Array(issues.length);
  let built = 0;
  let latest: { version: string | undefined } | undefined;
  const buildSome = (count: number) => {
    const end = Math.min(issues.length, built + count);
    for (; built < end; built++) rows[built] = buildIssueSearchRow(issues[built]!);
    return built === issues.length;
  };
  return {
    issues,
    get rows() {
      buildSome(issues.length);
      return rows;
    },
    get latestRelease() {
      latest ??= { version: newestRelease(issues) };
      return latest.version;
    },
    get ready() {
      return built === issues.length;
    },
    buildSome,
  };
}
