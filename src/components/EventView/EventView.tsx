import { type ComponentPropsWithoutRef, type ErrorInfo, forwardRef, type ReactNode, useId, useMemo } from 'react';
import { maskEvent, normalizeIssue } from '../../core';
import { useNormalizedEvent } from '../../hooks/useNormalized';
import { BreadcrumbTimeline } from '../BreadcrumbTimeline';
import { ContextPanels } from '../ContextPanels';
import { cx } from '../cx';
import { RevealSecretsContext, useRevealSecrets } from '../KeyValueList/revealSecrets';
import { ProblemsNotice } from '../ProblemsNotice';
import { SectionBoundary } from '../SectionBoundary';
import { type GetSourceLink, StackTraceView } from '../StackTraceView';
import { EventData, hasEventData } from './EventData';
import { EventHeader } from './EventHeader';
import { EventMessage } from './EventMessage';
import { EventTags } from './EventTags';
import { RawEventJson } from './RawEventJson';

/** A section of `EventView`, by key. */
export type EventViewSection = 'message' | 'stacktrace' | 'breadcrumbs' | 'tags' | 'contexts' | 'data' | 'raw';

/** Sections in Sentry's order: what happened first, then what led to it, then where. */
export const EVENT_VIEW_SECTIONS: readonly EventViewSection[] = ['message', 'stacktrace', 'breadcrumbs', 'tags', 'contexts', 'data', 'raw'];

/** Props of `EventView`. */
export interface EventViewProps extends Omit<ComponentPropsWithoutRef<'article'>, 'children'> {
  /** The event: raw Sentry JSON in any shape (SDK payload, Web API event, webhook body) or the canonical model. */
  event: unknown;
  /** The issue the event belongs to (raw Web API issue or canonical): adds counts and first / last seen. */
  issue?: unknown;
  /** Which sections to show, in order. @default EVENT_VIEW_SECTIONS */
  sections?: readonly EventViewSection[];
  /** How contexts are laid out: cards side by side, as on Sentry's event page, or tabs. @default "grid" */
  contextsLayout?: 'grid' | 'tabs';
  /** URL of a frame in the host's code browser; only `http:` / `https:` URLs become links. */
  getSourceLink?: GetSourceLink;
  /** Called with a tag's key and value when its chip is pressed; chips are plain text without it. */
  onTagClick?: (key: string, value: string) => void;
  /** Content at the end of the header, such as an `IssueActions` menu. */
  actions?: ReactNode;
  /** The time relative times are measured from. @default now, refreshed */
  now?: Date | number;
  /** Level of the title heading; section headings sit one below. @default 2 */
  headingLevel?: 1 | 2 | 3 | 4;
  /** Called when a section fails to render, for the host's error reporting. */
  onSectionError?: (section: EventViewSection, error: Error, info: ErrorInfo) => void;
  /**
   * Whether each secret the kit masks (by Relay's default rules) gets a Reveal button in every
   * section; `false` keeps them all hidden. Exports (copy, reports) are masked either way. @default true
   */
  revealSecrets?: boolean;
}

// Tags have their own section; a stable list keeps ContextPanels' memo from rebuilding panels.
const WITHOUT_TAGS = ['tags'] as const;

const TITLES: Record<EventViewSection, string> = {
  message: 'Message',
  stacktrace: 'Stack trace',
  breadcrumbs: 'Breadcrumbs',
  tags: 'Tags',
  contexts: 'Contexts',
  data: 'Other data',
  raw: 'Raw JSON',
};

/**
 * A whole event page: header with the event's and issue's facts, then the message, exception
 * chain and stack traces, breadcrumbs, tags, contexts as cards, remaining data and the raw JSON.
 * Each section has its own error boundary, so one that fails shows what failed and its raw
 * data while the others still render.
 */
export const EventView = /* @__PURE__ */ forwardRef<HTMLElement, EventViewProps>(function EventView({
  event: input,
  issue: issueInput,
  sections = EVENT_VIEW_SECTIONS,
  contextsLayout = 'grid',
  getSourceLink,
  onTagClick,
  actions,
  now,
  headingLevel = 2,
  onSectionError,
  revealSecrets: revealProp,
  className,
  ...rest
}: EventViewProps, ref) {
  const { value: event, problems } = useNormalizedEvent(input);
  const revealSecrets = useRevealSecrets(revealProp);
  // What a failed section shows as raw data: masked like every other export of the event.
  const masked = useMemo(() => maskEvent(event), [event]);
  const issue = useMemo(() => (issueInput === undefined ? undefined : normalizeIssue(issueInput)), [issueInput]);
  const baseId = useId();
  const sectionLevel = (headingLevel + 1) as 2 | 3 | 4 | 5;
  const Heading = `h${sectionLevel}` as const;
  const inner = (sectionLevel + 1) as 3 | 4 | 5 | 6;

  const render = (key: EventViewSection, headingId: string): { content: ReactNode; data: unknown; landmark?: boolean } | undefined => {
    switch (key) {
      case 'message':
        return event.message ? { content: <EventMessage message={event.message} />, data: masked.message } : undefined;
      case 'stacktrace':
        return {
          content: <StackTraceView event={event} getSourceLink={getSourceLink} headingLevel={inner} aria-labelledby={headingId} />,
          data: { exceptions: masked.exceptions, threads: masked.threads, stacktrace: masked.stacktrace },
          landmark: true,
        };
      case 'breadcrumbs':
        return event.breadcrumbs.length > 0
          ? { content: <BreadcrumbTimeline event={event} aria-labelledby={headingId} />, data: masked.breadcrumbs, landmark: true }
          : undefined;
      case 'tags':
        return event.tags.length > 0
          ? { content: <EventTags event={event} onTagClick={onTagClick} />, data: masked.tags }
          : undefined;
      case 'contexts':
        return {
          content: <ContextPanels event={event} layout={contextsLayout} exclude={WITHOUT_TAGS} headingLevel={inner} onTagClick={onTagClick} />,
          data: { contexts: masked.contexts, user: masked.user, request: masked.request, extra: masked.extraData, sdk: masked.sdk },
        };
      case 'data':
        return hasEventData(event) ? { content: <EventData event={event} headingLevel={inner} />, data: masked.extra } : undefined;
      case 'raw':
        return { content: <RawEventJson input={input} event={event} />, data: undefined };
    }
  };

  return (
    <RevealSecretsContext.Provider value={revealSecrets}>
    <article {...rest} ref={ref} className={cx('fl fl-event-view', className)} aria-labelledby={`${baseId}-title`}>
      <EventHeader event={event} issue={issue?.value} now={now} headingLevel={headingLevel} actions={actions} titleId={`${baseId}-title`} />
      <ProblemsNotice problems={[...problems, ...(issue?.problems ?? [])]} subject="event" />
      {sections.map((key) => {
        const section = render(key, `${baseId}-${key}`);
        if (!section) return null;
        const headingId = `${baseId}-${key}`;
        const body = (
          <>
            <Heading id={headingId}>{TITLES[key]}</Heading>
            <SectionBoundary section={TITLES[key]} data={section.data} resetKey={event} onError={(error, info) => onSectionError?.(key, error, info)}>
              {section.content}
            </SectionBoundary>
          </>
        );
        // Sections whose component is a landmark of its own are named by this heading instead of
        // being wrapped in a second region of the same name.
        return section.landmark ? (
          <div key={key} className="fl-event-section" data-section={key}>
            {body}
          </div>
        ) : (
          <section key={key} className="fl-event-section" data-section={key} aria-labelledby={headingId}>
            {body}
          </section>
        );
      })}
    </article>
    </RevealSecretsContext.Provider>
  );
});
