import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ActivityUser, IssueActivity } from '../../core/model';
import type { SentryClient } from '../../sentry/types';
import { applyActivityChanges, type IssueActivityChange } from './activityChanges';

/** The client calls the activity timeline needs; a `SentryClient` has them. */
export type IssueActivityClient = Pick<SentryClient, 'listIssueActivity' | 'createIssueNote' | 'updateIssueNote' | 'deleteIssueNote'>;

/** Options of `useIssueActivity`. */
export interface UseIssueActivityOptions {
  client: IssueActivityClient;
  organization: string;
  issueId: string;
  /** Shown as the author of a note until the server answers. @default none */
  currentUser?: ActivityUser;
}

/** A note change the server refused; the timeline shows as before it. */
export interface IssueActivityFailure {
  change: IssueActivityChange['type'];
  error: unknown;
}

/** What `useIssueActivity` returns. */
export interface UseIssueActivityResult {
  /** Newest first, pending changes applied; `undefined` until the first load. */
  activity: IssueActivity[] | undefined;
  loading: boolean;
  /** Why the timeline could not load. */
  error: Error | undefined;
  refetch: () => void;
  addNote: (text: string) => Promise<boolean>;
  editNote: (noteId: string, text: string) => Promise<boolean>;
  deleteNote: (noteId: string) => Promise<boolean>;
  /** The last refused note change; cleared by the next one or `dismissFailure`. */
  failure: IssueActivityFailure | null;
  dismissFailure: () => void;
}

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));

/**
 * An issue's activity (notes, status changes, assignments, regressions) with optimistic note
 * changes: a new, edited or deleted note shows at once and is rolled back when the server
 * refuses, with a failure to show.
 */
export function useIssueActivity({ client, organization, issueId, currentUser }: UseIssueActivityOptions): UseIssueActivityResult {
  const [loaded, setLoaded] = useState<IssueActivity[] | undefined>(undefined);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<Error | undefined>(undefined);
  const [changes, setChanges] = useState<IssueActivityChange[]>([]);
  const [failure, setFailure] = useState<IssueActivityFailure | null>(null);
  const [generation, setGeneration] = useState(0);
  const seq = useRef(0);
  const latest = useRef({ client, organization, issueId, currentUser });
  latest.current = { client, organization, issueId, currentUser };

  // biome-ignore lint/correctness/useExhaustiveDependencies: `generation` is the refetch trigger
  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    client.listIssueActivity({ organization, issueId }, { signal: controller.signal }).then(
      (result) => {
        setLoaded(result.data);
        setError(undefined);
        setLoading(false);
      },
      (reason: unknown) => {
        if (controller.signal.aborted) return;
        setError(asError(reason));
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [client, organization, issueId, generation]);

  const track = useCallback(async <T>(change: IssueActivityChange, send: () => Promise<T>, keep: (result: T, list: IssueActivity[]) => IssueActivity[]) => {
    setChanges((c) => [...c, change]);
    setFailure(null);
    try {
      const result = await send();
      setLoaded((list) => keep(result, list ?? []));
      return true;
    } catch (reason) {
      setFailure({ change: change.type, error: reason });
      return false;
    } finally {
      setChanges((c) => c.filter((p) => p !== change));
    }
  }, []);

  const addNote = useCallback(
    (text: string) => {
      const { client, organization, issueId, currentUser } = latest.current;
      seq.current += 1;
      const note: IssueActivity = { id: `pending-note-${seq.current}`, type: 'note', dateCreated: new Date().toISOString(), user: currentUser, data: { text } };
      return track(
        { type: 'add', note },
        () => client.createIssueNote({ organization, issueId, text }),
        (result, list) => [result.data ?? note, ...list],
      );
    },
    [track],
  );

  const editNote = useCallback(
    (noteId: string, text: string) => {
      const { client, organization, issueId } = latest.current;
      return track(
        { type: 'edit', noteId, text },
        () => client.updateIssueNote({ organization, issueId, noteId, text }),
        (result, list) => list.map((item) => (item.id === noteId ? (result.data ?? { ...item, data: { ...item.data, text } }) : item)),
      );
    },
    [track],
  );

  const deleteNote = useCallback(
    (noteId: string) => {
      const { client, organization, issueId } = latest.current;
      return track(
        { type: 'delete', noteId },
        () => client.deleteIssueNote({ organization, issueId, noteId }),
        (_, list) => list.filter((item) => item.id !== noteId),
      );
    },
    [track],
  );

  const activity = useMemo(() => (loaded === undefined ? undefined : applyActivityChanges(loaded, changes)), [loaded, changes]);
  const refetch = useCallback(() => setGeneration((g) => g + 1), []);
  const dismissFailure = useCallback(() => setFailure(null), []);
  return { activity, loading, error, refetch, addNote, editNote, deleteNote, failure, dismissFailure };
}
