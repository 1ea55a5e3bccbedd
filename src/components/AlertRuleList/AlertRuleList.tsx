import { type ComponentPropsWithoutRef, forwardRef, type ReactNode, useEffect, useRef, useState } from 'react';
import type { AlertRule } from '../../core/alerts';
import { cx } from '../cx';
import { RelativeTime } from '../RelativeTime';
import { EmptyState, ErrorState, LoadingState } from '../StateBlocks';
import { describeRule } from './describeRule';
import { alertRuleListMessages as messages } from './messages';
import { ReceiverBadge } from './ReceiverBadge';
import { AlertRuleRowMenu } from './RuleRowMenu';

/** Props of `AlertRuleList`. */
export interface AlertRuleListProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The rules to show (from `useAlertRules`, or `normalizeAlertRuleList`). */
  rules: readonly AlertRule[];
  /** Shows the loading state while there are no rules yet. @default false */
  loading?: boolean;
  /** Why the rules could not be loaded; shown instead of the table. @default none */
  error?: Error | string;
  /** Offered beside the error. @default none */
  onRetry?: () => void;
  /** Content when there are no rules. @default a sentence inviting to create one */
  empty?: ReactNode;
  /** "Edit" in each row's menu; absent hides it. */
  onEdit?: (rule: AlertRule) => void;
  /** "Duplicate": receives the rule and the copy's name; a rejection is announced. */
  onDuplicate?: (rule: AlertRule, name: string) => unknown;
  /** "Delete", after the confirmation; a rejection is announced. */
  onDelete?: (rule: AlertRule) => unknown;
  /** Ids of rules with a change under way; their menus are disabled. @default none */
  busy?: ReadonlySet<string>;
  /** The time "last fired" is measured from. @default now, live */
  now?: Date | number;
}

type Status = { tone: 'success' | 'danger'; message: string } | undefined;

const detailOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * A project's alert rules as a table: name, conditions and filters in words, environment, the
 * receivers as badges, when it last fired, and whether it is active; each row has an edit /
 * duplicate / delete menu, delete confirmed in a dialog. A live region says what happened.
 */
export const AlertRuleList = /* @__PURE__ */ forwardRef<HTMLDivElement, AlertRuleListProps>(function AlertRuleList(
  { rules, loading = false, error, onRetry, empty, onEdit, onDuplicate, onDelete, busy, now, className, ...rest },
  ref,
) {
  const [status, setStatus] = useState<Status>();
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );
  const run = async (work: () => unknown, success: string) => {
    try {
      await work();
      if (mounted.current) setStatus({ tone: 'success', message: success });
    } catch (failure) {
      if (mounted.current) setStatus({ tone: 'danger', message: messages.failed(detailOf(failure)) });
    }
  };

  const state = error !== undefined ? 'error' : rules.length > 0 ? 'ready' : loading ? 'loading' : 'empty';
  let body: ReactNode;
  if (state === 'error') {
    body = (
      <ErrorState onRetry={onRetry} retryLabel={messages.retry}>
        <p>{messages.error(typeof error === 'string' ? error : detailOf(error))}</p>
      </ErrorState>
    );
  } else if (state === 'loading') {
    body = <LoadingState>{messages.loading}</LoadingState>;
  } else if (state === 'empty') {
    body = <EmptyState>{empty ?? <p>{messages.empty}</p>}</EmptyState>;
  } else {
    body = (
      // The region scrolls sideways on narrow screens; keyboard users reach it with Tab.
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable to be scrolled by keyboard
      <section data-slot="scroll" aria-label={messages.label} tabIndex={0}>
      <table data-slot="table" aria-label={messages.label} aria-busy={loading || undefined}>
        <thead>
          <tr>
            <th scope="col">{messages.columns.name}</th>
            <th scope="col">{messages.columns.when}</th>
            <th scope="col">{messages.columns.environment}</th>
            <th scope="col">{messages.columns.actions}</th>
            <th scope="col">{messages.columns.lastFired}</th>
            <th scope="col">{messages.columns.status}</th>
            <th scope="col">
              <span className="fl-visually-hidden">{messages.columns.menu}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rules.map((rule) => (
            <tr key={rule.id} data-status={rule.status} data-busy={busy?.has(rule.id) || undefined}>
              <th scope="row" data-slot="name">
                {rule.name}
              </th>
              <td data-slot="when">{describeRule(rule)}</td>
              <td data-slot="environment">{rule.environment ?? messages.allEnvironments}</td>
              <td data-slot="receivers">
                <span className="fl-receiver-badges">
                  {rule.actions.map((action, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: a rule may notify two receivers of one kind
                    <ReceiverBadge key={`${action.kind}-${index}`} receiver={action.kind} />
                  ))}
                </span>
              </td>
              <td data-slot="last-fired">{rule.lastTriggered ? <RelativeTime date={rule.lastTriggered} now={now} /> : messages.never}</td>
              <td data-slot="status">
                <span className="fl-rule-status" data-status={rule.status}>
                  {messages.status[rule.status]}
                </span>
              </td>
              <td data-slot="menu">
                <AlertRuleRowMenu
                  rule={rule}
                  busy={busy?.has(rule.id)}
                  onEdit={onEdit}
                  onDuplicate={onDuplicate && ((target) => void run(() => onDuplicate(target, messages.copyName(target.name)), messages.duplicated(messages.copyName(target.name))))}
                  onDelete={onDelete && ((target) => void run(() => onDelete(target), messages.deleted(target.name)))}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      </section>
    );
  }

  return (
    <div {...rest} ref={ref} className={cx('fl fl-alert-rule-list', className)} data-state={state}>
      {body}
      <p role="status" data-slot="status" data-tone={status?.tone}>
        {status?.message ?? ''}
      </p>
    </div>
  );
});
