import * as Popover from '@radix-ui/react-popover';
import { type ComponentPropsWithoutRef, forwardRef, type KeyboardEvent, useId, useMemo, useRef, useState } from 'react';
import type { Assignee } from '../../core/model';
import { cx } from '../cx';
import { portalThemeAttributes } from '../portalTheme';
import type { PortalContainer } from './menuParts';
import { issueDetailsMessages as m } from './messages';

/** Props of `AssigneePicker`. */
export interface AssigneePickerProps extends Omit<ComponentPropsWithoutRef<'button'>, 'children' | 'onChange' | 'value'> {
  /** The current assignee; `undefined` or `null` when nobody is. */
  value: Assignee | null | undefined;
  /** The organization's members and teams (`type: 'user' | 'team'`). */
  options: readonly Assignee[];
  /** Offers "Assign to me" when given. @default none */
  currentUser?: Assignee;
  /** While members and teams load. @default false */
  loading?: boolean;
  onAssign: (assignee: Assignee | null) => void;
  container?: PortalContainer;
}

type Choice = { key: string; label: string; assignee: Assignee | null; group: 'quick' | 'user' | 'team' };

const keyOf = (assignee: Assignee) => `${assignee.type}:${assignee.id}`;
const matches = (assignee: Assignee, needle: string) => `${assignee.name} ${assignee.email ?? ''}`.toLowerCase().includes(needle);

/**
 * The assignee as a button that opens a searchable list (a combobox over a listbox) of the
 * organization's members and teams, with "Assign to me" and "Unassign" on top.
 */
export const AssigneePicker = /* @__PURE__ */ forwardRef<HTMLButtonElement, AssigneePickerProps>(function AssigneePicker(
  { value, options, currentUser, loading = false, onAssign, container, className, ...rest },
  ref,
) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const openerRef = useRef<HTMLSpanElement>(null);
  const listId = useId();

  const choices = useMemo<Choice[]>(() => {
    const needle = query.trim().toLowerCase();
    const quick: Choice[] = [];
    if (needle === '' && currentUser && (!value || keyOf(value) !== keyOf(currentUser))) quick.push({ key: 'me', label: m.assignToMe, assignee: currentUser, group: 'quick' });
    if (needle === '' && value) quick.push({ key: 'none', label: m.unassign, assignee: null, group: 'quick' });
    const found = options.filter((option) => needle === '' || matches(option, needle));
    const users = found.filter((o) => o.type === 'user').map((o): Choice => ({ key: keyOf(o), label: o.name, assignee: o, group: 'user' }));
    const teams = found.filter((o) => o.type === 'team').map((o): Choice => ({ key: keyOf(o), label: `#${o.name}`, assignee: o, group: 'team' }));
    return [...quick, ...users, ...teams];
  }, [options, query, currentUser, value]);

  const activeIndex = Math.min(active, choices.length - 1);
  const choose = (choice: Choice | undefined) => {
    if (!choice) return;
    setOpen(false);
    onAssign(choice.assignee);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = choices.length - 1;
    if (event.key === 'ArrowDown') setActive(activeIndex >= last ? 0 : activeIndex + 1);
    else if (event.key === 'ArrowUp') setActive(activeIndex <= 0 ? last : activeIndex - 1);
    else if (event.key === 'Home') setActive(0);
    else if (event.key === 'End') setActive(last);
    else if (event.key === 'Enter') choose(choices[activeIndex]);
    else return;
    event.preventDefault();
  };

  const groups: { id: Choice['group']; label?: string }[] = [{ id: 'quick' }, { id: 'user', label: m.members }, { id: 'team', label: m.teams }];
  const current = value ? (value.type === 'team' ? `#${value.name}` : value.name) : undefined;
  return (
    <Popover.Root
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        setQuery('');
        setActive(0);
      }}
    >
      <Popover.Trigger {...rest} ref={ref} className={cx('fl-button fl-assignee-picker', className)} data-state={value ? 'assigned' : 'unassigned'}>
        <span ref={openerRef}>{current ? m.assignTo(current) : m.unassigned}</span>
        <span aria-hidden="true" data-slot="chevron">
          ▾
        </span>
      </Popover.Trigger>
      <Popover.Portal container={container ?? undefined}>
        <Popover.Content {...portalThemeAttributes(openerRef.current)} aria-label={m.assignee} className="fl fl-triage-popover fl-assignee-popover" align="end" sideOffset={4} collisionPadding={8}>
          <input
            className="fl-input"
            role="combobox"
            aria-label={m.assignSearch}
            aria-expanded="true"
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={choices[activeIndex] ? `${listId}-${activeIndex}` : undefined}
            placeholder={m.assignSearch}
            value={query}
            onChange={(change) => {
              setQuery(change.target.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
          />
          <div id={listId} role="listbox" aria-label={m.assignee} data-slot="assignee-list">
            {loading && <p data-slot="empty">{m.loadingAssignees}</p>}
            {!loading && choices.length === 0 && <p data-slot="empty">{m.noMatches}</p>}
            {groups.map((group) => {
              const inGroup = choices.map((choice, index) => ({ choice, index })).filter(({ choice }) => choice.group === group.id);
              if (inGroup.length === 0) return null;
              return (
                // biome-ignore lint/a11y/useSemanticElements: options of a listbox are grouped by role; a fieldset is for form fields
                <div key={group.id} role="group" aria-label={group.label} data-slot="assignee-group">
                  {group.label && (
                    <div aria-hidden="true" data-slot="group-label">
                      {group.label}
                    </div>
                  )}
                  {inGroup.map(({ choice, index }) => (
                    // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox's input handles the keys (aria-activedescendant)
                    <div
                      key={choice.key}
                      id={`${listId}-${index}`}
                      role="option"
                      tabIndex={-1}
                      aria-selected={index === activeIndex}
                      data-selected={value && choice.assignee && keyOf(value) === keyOf(choice.assignee) ? '' : undefined}
                      data-slot="assignee-option"
                      onPointerMove={() => setActive(index)}
                      onClick={() => choose(choice)}
                    >
                      {choice.label}
                      {choice.assignee?.email && choice.group === 'user' && <span data-slot="email">{choice.assignee.email}</span>}
                    </div>
                  ))}
                </div>
              );
            })}
          </div>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
});
