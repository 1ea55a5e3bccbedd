import { createContext, useContext } from 'react';
import type { UseIssueListResult } from '../../hooks/useIssueList';

/**
 * The `useIssueList` state that `IssueList` hands to its parts. A context rather than a prop:
 * React 19's development build diffs every changed prop of a re-rendered component for its
 * performance track, walking arrays with `for…in`, so a 100k-issue list passed as a prop cost
 * seconds per keystroke in development.
 */
export const IssueListContext = /* @__PURE__ */ createContext<UseIssueListResult | null>(null);

/** The `list` a part was given, else the enclosing `IssueList`'s; throws a clear error when neither. */
export function useIssueListState(list: UseIssueListResult | undefined, part: string): UseIssueListResult {
  const fromContext = useContext(IssueListContext);
  const state = list ?? fromContext;
  if (!state) throw new Error(`${part} needs a \`list\` prop from useIssueList() or an enclosing <IssueList>.`);
  return state;
}
