import { useMemo } from 'react';
import type { Release, StatsSeries } from '../../core/model';
import type { SentryCallOptions } from '../../sentry';
import { useSentryRequest } from './useSentryRequest';

/** The calls `useIssueStats` makes: a `SentryClient` has them, and so can a host's own. */
export interface IssueStatsClient {
  /** Event counts of issues in buckets over a period (`/issues-stats/`). */
  getIssueStats(
    params: { organization: string; issueIds: readonly string[]; statsPeriod: '24h' | '14d' | '30d'; environment?: string | readonly string[] },
    options?: SentryCallOptions,
  ): Promise<{ data: readonly { id: string; stats: Readonly<Record<string, StatsSeries>> }[] }>;
  /** The organization's releases, newest first, for the chart's markers. */
  listReleases?(params: { organization: string; project?: string | number | readonly (string | number)[] }, options?: SentryCallOptions): Promise<{ data: readonly Release[] }>;
}

/** Options of `useIssueStats`. */
export interface UseIssueStatsOptions {
  /** The client to call; no request runs without one. Keep it stable (create it once). */
  client: IssueStatsClient | undefined;
  organization: string | undefined;
  issueId: string | undefined;
  /** @default "24h" */
  period?: '24h' | '14d' | '30d';
  /** @default every environment */
  environment?: string | readonly string[];
  /** Numeric project id whose releases to mark; no releases are loaded without it. @default none */
  project?: string | number;
  /** Runs no request while `false`. @default true */
  enabled?: boolean;
}

/** What `useIssueStats` gives: `IssueEventChart`'s `stats` and `releases`, and the state. */
export interface UseIssueStatsResult {
  /** The issue's buckets for the period, keyed by period as `IssueEventChart` reads them. */
  stats: Readonly<Record<string, StatsSeries>> | undefined;
  releases: readonly Release[] | undefined;
  error: Error | undefined;
  loading: boolean;
  refetch: () => void;
}

/**
 * An issue's event counts over 24 hours, 14 or 30 days, and the project's releases for the
 * markers. Switching periods keeps the previous bars until the new ones arrive; a failed
 * release list only drops the markers.
 */
export function useIssueStats(options: UseIssueStatsOptions): UseIssueStatsResult {
  const { client, organization, issueId, period = '24h', environment, project, enabled } = options;
  const ready = enabled !== false && !!organization && !!issueId;
  const statsKey = ready ? JSON.stringify([organization, issueId, period, environment ?? null]) : undefined;
  const statsRequest = useSentryRequest(
    client,
    statsKey,
    (signal) => {
      if (!client || !organization || !issueId) return Promise.reject(new TypeError('useIssueStats: no client, organization or issue'));
      return client.getIssueStats({ organization, issueIds: [issueId], statsPeriod: period, environment }, { signal });
    },
    true,
  );
  const releasesKey = ready && project !== undefined && client?.listReleases ? JSON.stringify([organization, project]) : undefined;
  const releasesRequest = useSentryRequest(
    client,
    releasesKey,
    (signal) => {
      if (!client?.listReleases || !organization) return Promise.reject(new TypeError('useIssueStats: no client or organization'));
      return client.listReleases({ organization, project: project === undefined ? undefined : [project] }, { signal });
    },
    true,
  );
  const { result, error, loading, refetch } = statsRequest;
  const releases = releasesRequest.result?.data;
  return useMemo(() => {
    const entry = result?.data.find((item) => item && String(item.id) === issueId) ?? result?.data[0];
    return { stats: entry?.stats, releases, error, loading, refetch };
  }, [result, issueId, releases, error, loading, refetch]);
}
