import type { IssueActivity } from '../../core/model';

/** A note change waiting for the server. */
export type IssueActivityChange =
  | { type: 'add'; note: IssueActivity }
  | { type: 'edit'; noteId: string; text: string }
  | { type: 'delete'; noteId: string };

/** The timeline as it will be once the pending note changes land, applied oldest first. */
export function applyActivityChanges(activity: readonly IssueActivity[], changes: readonly IssueActivityChange[]): IssueActivity[] {
  let result = [...activity];
  for (const change of changes) {
    if (change.type === 'add') result = [change.note, ...result];
    else if (change.type === 'delete') result = result.filter((item) => item.id !== change.noteId);
    else result = result.map((item) => (item.id === change.noteId ? { ...item, data: { ...item.data, text: change.text } } : item));
  }
  return result;
}
