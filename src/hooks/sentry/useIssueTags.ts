import { useCallback, useMemo, useRef, useState } from 'react';
import type { TagFacet, TagFacetValue } from '../../core/tagFacets';
import type { SentryCallOptions } from '../../sentry';
import { useSentryRequest } from './useSentryRequest';

/** The calls `useIssueTags` makes: a `SentryClient` has them, and so can a host's own. */
export interface IssueTagsClient {
  /** An issue's tags with their top values (Sentry's `/issues/{id}/tags/`). */
  listIssueTags(
    params: { organization: string; issueId: string; environment?: string | readonly string[] },
    options?: SentryCallOptions,
  ): Promise<{ data: readonly TagFacet[] }>;
  /** One tag's values, most frequent first (Sentry's `/issues/{id}/tags/{key}/values/`). */
  listIssueTagValues(
    params: { organization: string; issueId: string; key: string; environment?: string | readonly string[] },
    options?: SentryCallOptions,
  ): Promise<{ data: readonly TagFacetValue[] }>;
}

/** Options of `useIssueTags`. */
export interface UseIssueTagsOptions {
  /** The client to call; no request runs without one. Keep it stable (create it once). */
  client: IssueTagsClient | undefined;
  organization: string | undefined;
  issueId: string | undefined;
  /** @default every environment */
  environment?: string | readonly string[];
  /** Runs no request while `false`. @default true */
  enabled?: boolean;
}

/** The values loaded for one expanded tag. */
export interface IssueTagValuesState {
  values?: readonly TagFacetValue[];
  loading: boolean;
  error?: Error;
}

/** What `useIssueTags` gives: `TagFacets`' props, and the request's state. */
export interface UseIssueTagsResult {
  tags: readonly TagFacet[] | undefined;
  error: Error | undefined;
  loading: boolean;
  refetch: () => void;
  /** Values of expanded tags by key, loaded on expansion. */
  moreValues: Readonly<Record<string, IssueTagValuesState>>;
  /** Loads a tag's values when it is expanded (once per tag and issue). */
  onExpandedChange: (expanded: boolean, key: string) => void;
}

const NO_VALUES: Record<string, IssueTagValuesState> = {};
const toError = (reason: unknown) => (reason instanceof Error ? reason : new Error(String(reason)));

/**
 * An issue's tags with their top values, for `TagFacets`, and each tag's further values when
 * the user expands it. A different issue or environment aborts the request before it.
 */
export function useIssueTags(options: UseIssueTagsOptions): UseIssueTagsResult {
  const { client, organization, issueId, environment, enabled } = options;
  const ready = enabled !== false && !!organization && !!issueId;
  const key = ready ? JSON.stringify([organization, issueId, environment ?? null]) : undefined;
  const { result, error, loading, refetch } = useSentryRequest(
    client,
    key,
    (signal) => {
      if (!client || !organization || !issueId) return Promise.reject(new TypeError('useIssueTags: no client, organization or issue'));
      return client.listIssueTags({ organization, issueId, environment }, { signal });
    },
    false,
  );
  // Expanded values belong to one issue and environment: a new key starts them afresh, and an
  // answer for an older key is dropped.
  const [values, setValues] = useState<{ key: string | undefined; byTag: Record<string, IssueTagValuesState> }>({ key: undefined, byTag: {} });
  const requested = useRef<{ key: string | undefined; tags: Set<string> }>({ key: undefined, tags: new Set() });
  const byTag = values.key === key ? values.byTag : NO_VALUES;
  const onExpandedChange = useCallback(
    (expanded: boolean, tagKey: string) => {
      if (!expanded || !client || !organization || !issueId || key === undefined) return;
      if (requested.current.key !== key) requested.current = { key, tags: new Set() };
      if (requested.current.tags.has(tagKey)) return;
      requested.current.tags.add(tagKey);
      const update = (state: IssueTagValuesState) =>
        setValues((previous) => {
          if (requested.current.key !== key) return previous;
          return { key, byTag: { ...(previous.key === key ? previous.byTag : {}), [tagKey]: state } };
        });
      update({ loading: true });
      client.listIssueTagValues({ organization, issueId, key: tagKey, environment }).then(
        (page) => update({ values: page.data, loading: false }),
        (reason: unknown) => {
          // A failed tag may be tried again by collapsing and expanding it.
          requested.current.tags.delete(tagKey);
          update({ loading: false, error: toError(reason) });
        },
      );
    },
    [client, organization, issueId, environment, key],
  );
  const tags = result?.data;
  return useMemo(() => ({ tags, error, loading, refetch, moreValues: byTag, onExpandedChange }), [tags, error, loading, refetch, byTag, onExpandedChange]);
}
