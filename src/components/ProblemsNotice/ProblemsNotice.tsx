import type { ComponentPropsWithRef } from 'react';
import type { Problem } from '../../core/model/result';
import { cx } from '../cx';

/** Props of `ProblemsNotice`. */
export interface ProblemsNoticeProps extends Omit<ComponentPropsWithRef<'details'>, 'children'> {
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
export function ProblemsNotice({ problems, subject = 'input', className, ...rest }: ProblemsNoticeProps) {
  if (problems.length === 0) return null;
  const dropped = problems.filter((p) => p.action === 'dropped').length;
  const count = `${problems.length} part${problems.length === 1 ? '' : 's'}`;
  return (
    <details {...rest} className={cx('fl fl-problems-notice', className)}>
      <summary>
        {count} of this {subject} did not match the schema ({dropped} left out, {problems.length - dropped} repaired)
      </summary>
      <ul>
        {problems.slice(0, MAX_LISTED).map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: one path may report twice; order is fixed
          <li key={i} data-action={p.action}>
            <code>{p.path || '(root)'}</code>: expected {p.expected}, found {p.found} — {p.action}
          </li>
        ))}
        {problems.length > MAX_LISTED && <li>…and {problems.length - MAX_LISTED} more</li>}
      </ul>
    </details>
  );
}
