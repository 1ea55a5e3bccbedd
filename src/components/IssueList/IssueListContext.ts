import { createContext } from 'react';
import type { UseIssueListResult } from '../../hooks/useIssueList';
import { usePropOrContext } from '../propOrContext';

/** The `useIssueList` state that `IssueList` hands to its parts (see `usePropOrContext` for why not a prop). */
export const IssueListContext = /* @__PURE__ */ createContext<UseIssueListResult | null>(null);

/** The `list` a part was given, else the enclosing `IssueList`'s; throws a clear error when neither. */
export function useIssueListState(list: UseIssueListResult | undefined, part: string): UseIssueListResult {
  return usePropOrContext(list, IssueListContext, part, 'list', 'IssueList');
}
