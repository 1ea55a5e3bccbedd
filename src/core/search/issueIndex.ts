import type { Issue, Release } from '../model';
import { buildIssueSearchRow, type IssueSearchRow } from './row';

/**
 * Issues prepared for searching: one lowercased search row per issue, built once. Rebuild it
 * only when the issue list itself changes (memoise on the array in a hook).
 */
export interface IssueIndex {
  readonly issues: readonly Issue[];
  /** `rows[i]` describes `issues[i]`. */
  readonly rows: readonly IssueSearchRow[];
  /** The newest release seen in the issues (by creation, then last event): `release:latest`. */
  readonly latestRelease: string | undefined;
}

function releaseTime(release: Release | undefined): number {
  const time = Date.parse(release?.dateCreated ?? release?.lastEvent ?? '');
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

/** Builds the search rows for a list of issues. */
export function createIssueIndex(issues: readonly Issue[]): IssueIndex {
  const rows: IssueSearchRow[] = new Array(issues.length);
  let latest: Release | undefined;
  let latestTime = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < issues.length; i++) {
    const issue = issues[i]!;
    rows[i] = buildIssueSearchRow(issue);
    for (const release of [issue.firstRelease, issue.lastRelease]) {
      const time = releaseTime(release);
      if (release && time > latestTime) {
        latest = release;
        latestTime = time;
      }
    }
  }
  return { issues, rows, latestRelease: latest?.version };
}
