import { useEffect, useState } from 'react';
import type { Assignee, OrganizationMember, Team } from '../../core/model';
import type { SentryClient } from '../../sentry/types';

/** The client calls the assignee picker needs; a `SentryClient` has them. */
export type OrganizationAssigneesClient = Pick<SentryClient, 'listMembers' | 'listTeams'>;

/** Options of `useOrganizationAssignees`. */
export interface UseOrganizationAssigneesOptions {
  client: OrganizationAssigneesClient;
  organization: string;
}

/** What `useOrganizationAssignees` returns. */
export interface UseOrganizationAssigneesResult {
  /** Members with an account (`user:<id>`), then teams (`team:<id>`); empty until loaded. */
  assignees: Assignee[];
  loading: boolean;
  error: Error | undefined;
}

/** A member as an assignee: assignment names the account, so pending invitations are left out. */
export function memberAssignee(member: OrganizationMember): Assignee | undefined {
  if (member.user === undefined || member.pending === true) return undefined;
  const email = member.user.email ?? member.email;
  return { type: 'user', id: member.user.id, name: member.name || member.user.name || email || member.user.id, ...(email ? { email } : {}) };
}

/** A team as an assignee, named by its slug as Sentry shows it (`#backend`). */
export function teamAssignee(team: Team): Assignee {
  return { type: 'team', id: team.id, name: team.slug || team.name };
}

/** The organization's members and teams (their first page each), for `AssigneePicker`. */
export function useOrganizationAssignees({ client, organization }: UseOrganizationAssigneesOptions): UseOrganizationAssigneesResult {
  const [state, setState] = useState<UseOrganizationAssigneesResult>({ assignees: [], loading: true, error: undefined });
  useEffect(() => {
    const controller = new AbortController();
    const call = { signal: controller.signal };
    setState((s) => ({ ...s, loading: true }));
    Promise.all([client.listMembers({ organization }, call), client.listTeams({ organization }, call)]).then(
      ([members, teams]) => {
        const users = members.data.flatMap((member) => memberAssignee(member) ?? []);
        setState({ assignees: [...users, ...teams.data.map(teamAssignee)], loading: false, error: undefined });
      },
      (reason: unknown) => {
        if (controller.signal.aborted) return;
        setState({ assignees: [], loading: false, error: reason instanceof Error ? reason : new Error(String(reason)) });
      },
    );
    return () => controller.abort();
  }, [client, organization]);
  return state;
}
