import * as Tabs from '@radix-ui/react-tabs';
import { type ComponentPropsWithoutRef, forwardRef, type ReactNode, useId } from 'react';
import { type UseContextsOptions, useContexts } from '../../hooks/useContexts';
import { cx } from '../cx';
import { useRevealSecrets } from '../KeyValueList/revealSecrets';
import { ProblemsNotice } from '../ProblemsNotice';
import { PanelBody } from './PanelBody';

type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** Props of `ContextPanels`. */
export interface ContextPanelsProps
  extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'defaultValue' | 'onChange'>,
    UseContextsOptions {
  /** The event: raw Sentry JSON (SDK, Web API, webhook) or the canonical model. */
  event: unknown;
  /** `tabs` shows one panel at a time; `grid` shows every panel as a card side by side. @default "tabs" */
  layout?: 'tabs' | 'grid';
  /** Called with a tag's key and value when its chip is clicked; without it chips are plain text. */
  onTagClick?: (key: string, value: string) => void;
  /** Shown when the event has no context, user, request or tags. @default "No context was sent with this event." */
  empty?: ReactNode;
  /** Accessible name of the tab list, or of the group of cards. @default "Event context" */
  label?: string;
  /** Level of the card headings in the grid; request sub-headings (headers, cookies) go one deeper there. @default 3 */
  headingLevel?: HeadingLevel;
  /** Whether each masked secret gets a Reveal button; `false` keeps every one hidden. @default true, or the nearest `EventView`'s */
  revealSecrets?: boolean;
}

// Radix builds element ids from tab values; a context key with spaces (`My Context`) would
// split `aria-controls` into two ids, so values are URI-encoded keys.
const tabValue = (panelKey: string) => encodeURIComponent(panelKey);

const headingTag = (level: number) => `h${Math.min(level, 6)}` as 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

/**
 * The device, app, browser, OS, runtime, GPU, culture, trace, user, request, tags and custom
 * contexts of an event, as Radix tabs or a grid of cards, with formatted values, scrubbed
 * values marked and secrets masked behind a per-value reveal.
 */
export const ContextPanels = /* @__PURE__ */ forwardRef<HTMLDivElement, ContextPanelsProps>(function ContextPanels({
  event,
  layout = 'tabs',
  onTagClick,
  empty = 'No context was sent with this event.',
  label = 'Event context',
  headingLevel = 3,
  className,
  ...props
}: ContextPanelsProps, ref) {
  const { panels, exclude, labels, formatters, maskSensitive, allowReveal: allowRevealProp, revealSecrets: revealProp, locale, timeZone, ...stateAndRest } = props;
  const allowReveal = useRevealSecrets(revealProp ?? allowRevealProp);
  const { value, defaultValue, onValueChange, revealed, defaultRevealed, onRevealedChange, ...divProps } = stateAndRest;
  const contexts = useContexts(event, {
    panels,
    exclude,
    labels,
    formatters,
    maskSensitive,
    allowReveal,
    locale,
    timeZone,
    value,
    defaultValue,
    onValueChange,
    revealed,
    defaultRevealed,
    onRevealedChange,
  });
  const baseId = useId();

  const notice = <ProblemsNotice problems={contexts.problems} subject="event's context" />;
  if (contexts.panels.length === 0) {
    return (
      <div {...divProps} ref={ref} className={cx('fl fl-context-panels', className)} data-layout={layout} data-state="empty">
        {notice}
        <p data-slot="empty">{empty}</p>
      </div>
    );
  }

  if (layout === 'grid') {
    const CardHeading = headingTag(headingLevel);
    return (
      <div {...divProps} ref={ref} className={cx('fl fl-context-panels', className)} data-layout="grid">
        {notice}
        <ul data-slot="cards" aria-label={label}>
          {contexts.panels.map((panel, i) => (
            <li key={panel.key} data-panel={panel.type}>
              <section data-slot="card" data-panel={panel.type} aria-labelledby={`${baseId}-${i}`}>
                <CardHeading id={`${baseId}-${i}`} data-slot="card-heading">
                  {panel.title}
                </CardHeading>
                <PanelBody panel={panel} tags={contexts.event.tags} state={contexts} groupHeading={headingTag(headingLevel + 1)} onTagClick={onTagClick} />
              </section>
            </li>
          ))}
        </ul>
      </div>
    );
  }

  return (
    <div {...divProps} ref={ref} className={cx('fl fl-context-panels', className)} data-layout="tabs">
      {notice}
      <Tabs.Root value={tabValue(contexts.selected ?? '')} onValueChange={(tab) => contexts.select(decodeURIComponent(tab))}>
        <Tabs.List aria-label={label} data-slot="tab-list">
          {contexts.panels.map((panel) => (
            <Tabs.Trigger key={panel.key} value={tabValue(panel.key)} data-slot="tab" data-panel={panel.type}>
              {panel.title}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        {contexts.panels.map((panel) => (
          <Tabs.Content key={panel.key} value={tabValue(panel.key)} data-slot="tab-panel" data-panel={panel.type}>
            <PanelBody panel={panel} tags={contexts.event.tags} state={contexts} groupHeading={headingTag(headingLevel)} onTagClick={onTagClick} />
          </Tabs.Content>
        ))}
      </Tabs.Root>
    </div>
  );
});
