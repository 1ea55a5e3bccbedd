import { useCallback, useMemo, useRef } from 'react';
import {
  buildContextPanels,
  type ContextPanel,
  type ContextPanelOptions,
  type ContextRow,
  contextProblems,
  describeScrubbing,
  type Event,
  type Problem,
} from '../core';
import { useControllableState } from './useControllableState';
import { useBrowserLayoutEffect, useDateFormatOptions } from './useHydrated';
import { useNormalizedEvent } from './useNormalized';

/** Options of `useContexts`: what `buildContextPanels` takes, plus the selected panel and revealed secrets. */
export interface UseContextsOptions extends ContextPanelOptions {
  /** Key of the selected panel (tab), controlled. */
  value?: string;
  /** Key of the panel selected first when uncontrolled. @default the first panel */
  defaultValue?: string;
  /** Called with the key of a newly selected panel. */
  onValueChange?: (panelKey: string) => void;
  /** Row keys of masked values the user revealed, controlled. */
  revealed?: ReadonlySet<string>;
  /** Row keys revealed at first when uncontrolled. @default none */
  defaultRevealed?: ReadonlySet<string>;
  /** Called with the new set of revealed row keys. */
  onRevealedChange?: (revealed: ReadonlySet<string>) => void;
}

/** A row as it should render now: the secret or the mask, with the scrubbing reason spelled out. */
export interface ContextRowView {
  /** Row key, unique within the event. */
  key: string;
  /** Label of the key column, after `labels` overrides. */
  label: string;
  /** The value to render when `display` is absent (objects and arrays, for a tree). */
  value: unknown;
  /** Formatted text, or the mask while a secret is hidden. */
  display: string | undefined;
  /** Whether Sentry's scrubbers removed or changed the value. */
  scrubbed: boolean;
  /** Why the value was scrubbed, when `_meta` says. */
  scrubbedReason: string | undefined;
  /** Whether the value is a secret that is masked by default. */
  masked: boolean;
  /** Whether a masked value is shown right now. */
  revealed: boolean;
  /** Whether a masked value may be revealed. */
  revealable: boolean;
  /** Sub-heading the row belongs under (`headers`, `cookies`, `query`, `env`). */
  group: string | undefined;
}

/** Props for a button that shows or hides one masked value. */
export interface RevealButtonProps {
  type: 'button';
  'aria-pressed': boolean;
  'aria-label': string;
  'data-state': 'revealed' | 'hidden';
  onClick: () => void;
}

const NO_REVEALED: ReadonlySet<string> = new Set();

function plainText(value: unknown): string | undefined {
  if (value === null) return 'null';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/**
 * The event's context panels (device, app, browser, OS… request, tags, every unknown context)
 * with the selected panel and the set of revealed secrets as Radix-like controlled or
 * uncontrolled state. Panels without rows (`"user": {}`) are left out: they carry nothing to show.
 */
export function useContexts(input: unknown, options: UseContextsOptions = {}) {
  const { value, defaultValue, onValueChange, revealed: revealedProp, defaultRevealed = NO_REVEALED, onRevealedChange } = options;
  const { panels: order, exclude, labels, formatters, maskSensitive, allowReveal = true } = options;
  // The server's locale and zone are not the viewer's: hydrate with fixed ones, then switch.
  const { locale, timeZone } = useDateFormatOptions(options);
  const normalized = useNormalizedEvent(input);
  const event: Event = normalized.value;
  const problems: Problem[] = useMemo(() => contextProblems(normalized.problems), [normalized.problems]);
  const panels: ContextPanel[] = useMemo(
    () =>
      buildContextPanels(event, { panels: order, exclude, labels, formatters, maskSensitive, allowReveal, locale, timeZone }).filter(
        (panel) => panel.rowCount > 0,
      ),
    [event, order, exclude, labels, formatters, maskSensitive, allowReveal, locale, timeZone],
  );

  const [selectedKey, setSelectedKey] = useControllableState<string | undefined>({
    value,
    defaultValue,
    onChange: (key) => key !== undefined && onValueChange?.(key),
  });
  // A selection that names no panel (another event, a filtered key) falls back to the first one.
  const selected = panels.some((panel) => panel.key === selectedKey) ? selectedKey : panels[0]?.key;
  const select = useCallback((panelKey: string) => setSelectedKey(panelKey), [setSelectedKey]);

  const [revealed, setRevealed] = useControllableState<ReadonlySet<string>>({
    value: revealedProp,
    defaultValue: defaultRevealed,
    onChange: onRevealedChange,
  });
  // A secret revealed on one event must not show on the next one that has a header of the same
  // name; a layout effect hides it before the new event paints.
  const shownEvent = useRef(event);
  useBrowserLayoutEffect(() => {
    if (shownEvent.current === event) return;
    shownEvent.current = event;
    setRevealed((previous) => (previous.size === 0 ? previous : NO_REVEALED));
  }, [event, setRevealed]);

  const toggleReveal = useCallback(
    (row: ContextRow) => {
      if (!row.flags.masked || !row.flags.revealable || !allowReveal) return;
      setRevealed((previous) => {
        const next = new Set(previous);
        if (!next.delete(row.key)) next.add(row.key);
        return next;
      });
    },
    [allowReveal, setRevealed],
  );

  const getRowView = useCallback(
    (row: ContextRow): ContextRowView => {
      const revealable = Boolean(row.flags.masked && row.flags.revealable && allowReveal);
      const shown = revealable && revealed.has(row.key);
      return {
        key: row.key,
        label: row.label,
        value: shown ? row.raw : row.value,
        display: shown ? plainText(row.raw) : row.display,
        scrubbed: Boolean(row.flags.scrubbed),
        scrubbedReason: describeScrubbing(row.flags.meta),
        masked: Boolean(row.flags.masked),
        revealed: shown,
        revealable,
        group: row.group,
      };
    },
    [allowReveal, revealed],
  );

  const getRevealProps = useCallback(
    (row: ContextRow): RevealButtonProps => {
      const shown = revealed.has(row.key);
      return {
        type: 'button',
        'aria-pressed': shown,
        'aria-label': `${shown ? 'Hide' : 'Reveal'} ${row.label}`,
        'data-state': shown ? 'revealed' : 'hidden',
        onClick: () => toggleReveal(row),
      };
    },
    [revealed, toggleReveal],
  );

  return { event, problems, panels, selected, select, revealed, toggleReveal, getRowView, getRevealProps };
}

/** What `useContexts` returns. */
export type UseContextsResult = ReturnType<typeof useContexts>;
