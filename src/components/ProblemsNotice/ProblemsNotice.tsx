import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import type { Problem } from '../../core/model/result';
import { countProblems, isProblemSummary } from '../../core/normalize/reader';
import { cx } from '../cx';

/** Props of `ProblemsNotice`. */
export interface ProblemsNoticeProps extends Omit<ComponentPropsWithoutRef<'details'>, 'children'> {
  /** Problems a normalizer reported. Nothing renders when there are none. */
  problems: readonly Problem[];
  /** What was read, for the summary, such as "event". @default "input" */
  subject?: string;
}

const MAX_LISTED = 200;

/**
 * A collapsible notice listing what did not match the schema and what was done about it, so
 * repaired or dropped input is never lost silently.
 */
export const ProblemsNotice = /* @__PURE__ */ forwardRef<HTMLDetailsElement, ProblemsNoticeProps>(function ProblemsNotice({ problems, subject = 'input', className, ...rest }: ProblemsNoticeProps, ref) {
  if (problems.length === 0) return null;
  // A normalizer lists at most PROBLEM_LIMIT problems and counts the rest in a summary problem,
  // so the total is the listed ones plus what the summaries count.
  const { listed, omitted } = countProblems(problems);
  const dropped = problems.filter((p) => p.action === 'dropped' && !isProblemSummary(p)).length;
  const total = listed + omitted;
  const count = `${total.toLocaleString('en-US')} part${total === 1 ? '' : 's'}`;
  const notListed = omitted > 0 ? `, ${omitted.toLocaleString('en-US')} not listed` : '';
  return (
    <details {...rest} ref={ref} className={cx('fl fl-problems-notice', className)}>
      <summary>
        {count} of this {subject} did not match the schema ({dropped} left out, {listed - dropped} repaired{notListed})
      </summary>
      <ul>
        {problems.slice(0, MAX_LISTED).map((p, i) =>
          isProblemSummary(p) ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: one path may report twice; order is fixed
            <li key={i} data-slot="problems-omitted">
              {p.found}, counted but not listed
            </li>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: one path may report twice; order is fixed
            <li key={i} data-action={p.action}>
              <code>{p.path || '(root)'}</code>: expected {p.expected}, found {p.found} — {p.action}
            </li>
          ),
        )}
        {problems.length > MAX_LISTED && <li>…and {problems.length - MAX_LISTED} more</li>}
      </ul>
    </details>
  );
});
