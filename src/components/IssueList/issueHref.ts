import type { Issue } from '../../core/model';

// `{id}`, `{shortId}` and `{project}` (the project's slug, else its id); other braces stay.
const PLACEHOLDER = /\{(id|shortId|project)\}/g;

/**
 * Fills an `issueHref` template such as `/errors/{id}` for one issue. Each value is
 * URL-encoded, so an id holding `/`, `?` or `#` cannot reach another path; a placeholder the
 * issue has no value for makes no link (`undefined`) rather than a link to the wrong page.
 */
export function fillIssueHref(template: string, issue: Issue): string | undefined {
  let missing = false;
  const href = template.replace(PLACEHOLDER, (_, name: 'id' | 'shortId' | 'project') => {
    const value = name === 'project' ? (issue.project?.slug ?? issue.project?.id) : issue[name];
    if (value === undefined || value === '') missing = true;
    return encodeURIComponent(value ?? '');
  });
  return missing ? undefined : href;
}
