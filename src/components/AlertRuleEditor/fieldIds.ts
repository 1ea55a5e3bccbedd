import type { UseAlertRuleResult } from '../../hooks/alerts';
import { alertRuleProblemMessages } from './messages';

/** What the editor's fields need to be tied to their errors. */
export interface FieldWiring {
  /** The input's id for a field path such as `actions.0.url`. */
  id: (path: string) => string;
  /** The sentence to show under the field, when there is one to show. */
  error: (path: string) => string | undefined;
  /** `id`, `aria-invalid` and `aria-describedby` for the field's input. */
  inputProps: (path: string, hint?: string) => { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string };
}

/** Ties each field path to its input id and error sentence, the server's words first. */
export function fieldWiring(prefix: string, editor: Pick<UseAlertRuleResult, 'problems' | 'showProblems' | 'serverErrors'>): FieldWiring {
  const id = (path: string) => `${prefix}-${path.replace(/\./g, '-')}`;
  const error = (path: string) => {
    const server = editor.serverErrors[path];
    if (server !== undefined) return server;
    if (!editor.showProblems) return undefined;
    const problem = editor.problems.find((item) => item.field === path);
    return problem === undefined ? undefined : alertRuleProblemMessages[problem.code];
  };
  return {
    id,
    error,
    inputProps(path, hint) {
      const message = error(path);
      const described = [message === undefined ? undefined : `${id(path)}-error`, hint].filter(Boolean).join(' ');
      return { id: id(path), ...(message === undefined ? {} : { 'aria-invalid': true as const }), ...(described === '' ? {} : { 'aria-describedby': described }) };
    },
  };
}
