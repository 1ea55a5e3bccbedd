import type { Assignee, Issue } from 'faultline/schema';
import { useCallback, useEffect, useState } from 'react';
import { ORGANIZATION, sentryClient } from './config';

/** The issue, for the header, the triage bar and the event's side panels; `refetch` reloads it. */
export function useIssue(issueId: string): { issue: Issue | undefined; error: Error | undefined; refetch: () => void } {
  const [state, setState] = useState<{ issue: Issue | undefined; error: Error | undefined }>({ issue: undefined, error: undefined });
  const [generation, setGeneration] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `generation` is the refetch trigger
  useEffect(() => {
    const controller = new AbortController();
    sentryClient.getIssue({ organization: ORGANIZATION, issueId }, { signal: controller.signal }).then(
      (result) => setState({ issue: result.data, error: undefined }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState((s) => ({ issue: s.issue, error: error instanceof Error ? error : new Error(String(error)) }));
      },
    );
    return () => controller.abort();
  }, [issueId, generation]);
  const refetch = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...state, refetch };
}

/** Versions of the issue's project, newest first, for "Resolve in a release…". */
export function useReleaseVersions(projectId: string | undefined): string[] {
  const [versions, setVersions] = useState<string[]>([]);
  useEffect(() => {
    if (projectId === undefined) return;
    const controller = new AbortController();
    sentryClient.listReleases({ organization: ORGANIZATION, project: projectId, perPage: 20 }, { signal: controller.signal }).then(
      (page) => setVersions(page.data.map((release) => release.version)),
      // Without releases the menu says "No releases known"; resolving now still works.
      () => undefined,
    );
    return () => controller.abort();
  }, [projectId]);
  return versions;
}

/**
 * Who the portal acts as: Sentry's `users/me/` for the token's user. Without it (a server that
 * does not answer it) there is no "Assign to me" and no editing of one's own notes.
 */
export function useCurrentUser(): Assignee | undefined {
  const [user, setUser] = useState<Assignee>();
  useEffect(() => {
    const controller = new AbortController();
    fetch('/api/0/users/me/', { signal: controller.signal, headers: { accept: 'application/json' } })
      .then((response) => (response.ok ? (response.json() as Promise<unknown>) : undefined))
      .then((body) => {
        if (typeof body !== 'object' || body === null) return;
        const { id, name, email } = body as Record<string, unknown>;
        if (typeof id !== 'string' && typeof id !== 'number') return;
        const label = typeof name === 'string' && name !== '' ? name : typeof email === 'string' ? email : String(id);
        setUser({ type: 'user', id: String(id), name: label, ...(typeof email === 'string' ? { email } : {}) });
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, []);
  return user;
}
