import { type ComponentPropsWithoutRef, createElement, forwardRef, useId } from 'react';
import type { StackTraceMechanism, StackTraceSection } from '../../hooks/useStackTrace';
import { maskText } from '../../core/privacy';
import { cx } from '../cx';
import { usePropOrContext } from '../propOrContext';
import type { GetSourceLink, StackTraceRowState } from './Frame';
import { StackTraceFrameList } from './FrameList';
import { LongText } from './LongText';
import { stackTraceMessages } from './messages';
import { StackTraceRowsContext, StackTraceSectionContext } from './sectionContext';

/** Heading levels a block title may use. */
export type StackTraceHeadingLevel = 2 | 3 | 4 | 5 | 6;

/** Props of `StackTraceBlock`. */
export interface StackTraceBlockProps extends Omit<ComponentPropsWithoutRef<'article'>, 'children'> {
  /** A section from `useStackTrace`: an exception, a thread or a bare trace. @default the one `StackTraceView` provides */
  section?: StackTraceSection;
  /** Prop getters from `useStackTrace`. */
  state: StackTraceRowState;
  /** Level of the title heading. @default 3 */
  headingLevel?: StackTraceHeadingLevel;
  /** Link of a frame to the host's code browser. */
  getSourceLink?: GetSourceLink;
  /** Rows above which the frame list is virtualized. @default 150 */
  virtualizeAfter?: number;
}

// Takes the mechanism, not the section, for the reason in usePropOrContext.
function Mechanism({ mechanism }: { mechanism: StackTraceMechanism | undefined }) {
  if (mechanism === undefined) return null;
  return (
    <p data-slot="mechanism">
      {mechanism.handledLabel !== undefined && (
        <span data-slot="handled-badge" data-handled={mechanism.handled ? 'true' : 'false'}>
          {mechanism.handledLabel}
        </span>
      )}
      {mechanism.type !== undefined && (
        <span data-slot="mechanism-type">
          mechanism: <code>{mechanism.type}</code>
        </span>
      )}
      {mechanism.synthetic && <span data-slot="mechanism-synthetic">synthetic</span>}
      {mechanism.description !== undefined && <span data-slot="mechanism-description">{mechanism.description}</span>}
    </p>
  );
}

/**
 * One block of a stack trace: the exception header (how it links to the one before, type,
 * message, handled / unhandled and mechanism) or the thread name, then its frames.
 */
export const StackTraceBlock = /* @__PURE__ */ forwardRef<HTMLElement, StackTraceBlockProps>(function StackTraceBlock({
  section: sectionProp,
  state,
  headingLevel = 3,
  getSourceLink,
  virtualizeAfter,
  className,
  ...rest
}: StackTraceBlockProps, ref) {
  const section = usePropOrContext(sectionProp, StackTraceSectionContext, 'StackTraceBlock', 'section', 'StackTraceView');
  const headingId = useId();
  const frameCount = section.view.frameCount;
  const noun = section.kind === 'thread' ? 'thread' : section.kind === 'exception' ? 'exception' : 'event';
  // `mechanism.synthetic` with a generic mechanism: the SDK made this exception up at the call site
  // (captureMessage with attachStacktrace), so its type (`Error`) means nothing; Sentry heads it
  // with the message. Native crash handlers (signalhandler, mach…) keep their signal as title.
  const mechanismType = section.mechanism?.type;
  const synthetic = section.kind === 'exception' && section.mechanism?.synthetic === true && (mechanismType === undefined || mechanismType === 'generic');
  const title = synthetic ? section.value || stackTraceMessages.syntheticTitle : section.title;
  return (
    <article
      {...rest}
      ref={ref}
      className={cx('fl-st-block', className)}
      aria-labelledby={headingId}
      data-kind={section.kind}
      data-depth={section.depth}
      data-link={section.link}
    >
      {section.linkLabel !== undefined && <p data-slot="exception-link">{section.linkLabel}</p>}
      {createElement(
        `h${headingLevel}`,
        { id: headingId, 'data-slot': 'block-title' },
        !synthetic && section.module !== undefined && <span data-slot="exception-module">{section.module}.</span>,
        <LongText key="title" text={title} limit={300} />,
      )}
      {synthetic && <p data-slot="synthetic-note">{stackTraceMessages.syntheticNote}</p>}
      {!synthetic && section.value !== undefined && section.value !== '' && (
        <p data-slot="exception-value">
          <LongText text={section.value} />
        </p>
      )}
      <Mechanism mechanism={section.mechanism} />
      {frameCount === 0 ? (
        <p data-slot="no-frames">No stack trace was sent for this {noun}.</p>
      ) : (
        <StackTraceRowsContext.Provider value={section.rows}>
          <StackTraceFrameList
            state={state}
            label={`Frames of ${maskText(title.slice(0, 120))}`}
            getSourceLink={getSourceLink}
            virtualizeAfter={virtualizeAfter}
          />
        </StackTraceRowsContext.Provider>
      )}
    </article>
  );
});
