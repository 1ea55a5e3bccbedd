import {
  type ChainedException,
  createFrameViewBuilder,
  EXCEPTION_LINK_LABELS,
  type Event,
  type ExceptionLink,
  type ExceptionValue,
  type FrameOrder,
  type FrameView,
  type FrameViewRow,
  getCrashingFrameIndex,
  getExceptionChain,
  getExceptionStacktrace,
  limitExceptionChain,
  type Stacktrace,
  type ThreadEntry,
  type ThreadList,
} from '../../core';

/** How an exception was captured, ready to show as badges. */
export interface StackTraceMechanism {
  /** Mechanism type such as `onerror` or `signalhandler`. */
  type?: string;
  /** `false` for a crash, `true` when caught; `undefined` when the SDK did not say. */
  handled?: boolean;
  /** `Handled` / `Unhandled`, or `undefined` when unknown. */
  handledLabel?: 'Handled' | 'Unhandled';
  /** Whether the SDK made the exception up (from a signal, say): its type is not a real class. */
  synthetic: boolean;
  /** Human-readable description of the mechanism. */
  description?: string;
}

/** One row of a section, with the keys the hook's state and prop getters use. */
export type StackTraceRow = FrameViewRow & {
  /** Key of the section the row belongs to. */
  sectionKey: string;
  /** Key of the row in the `expanded` set: `<section key>|<row key>`. */
  stateKey: string;
  /** DOM id of the row; its details region is `<id>-details`. */
  id: string;
  /** Whether a frame row has anything to expand (source or variables); always true for groups. */
  expandable: boolean;
  /** DOM id of what the open row's toggle shows: a frame's details, or a group's first member. */
  controls?: string;
};

/** One block of the view: an exception of the chain, a thread, or the event's bare stack trace. */
export interface StackTraceSection {
  /** Stable key: `exception:<index>`, `thread:<thread key>` or `event`. */
  key: string;
  kind: 'exception' | 'thread' | 'stacktrace';
  /** Heading text: the exception type, thread name or event title. */
  title: string;
  /** The exception message, when any. */
  value?: string;
  /** Module of the exception type. */
  module?: string;
  /** The exception, for `kind: 'exception'`. */
  exception?: ExceptionValue;
  /** Place in the chain, for `kind: 'exception'`. */
  chained?: ChainedException;
  /** How this exception relates to the one shown before it. */
  link?: ExceptionLink;
  /** Words for `link`, such as `Caused by`. */
  linkLabel?: string;
  /** Nesting in the chain: 0 for the raised exception. */
  depth: number;
  /** How it was captured, for exceptions that say. */
  mechanism?: StackTraceMechanism;
  /** The thread, for `kind: 'thread'`. */
  thread?: ThreadEntry;
  /** The trace shown; `undefined` when there is none. */
  stacktrace?: Stacktrace;
  /** Folded rows and facts from core `buildFrameView`. */
  view: FrameView;
  /** `view.rows` with state keys and DOM ids. */
  rows: StackTraceRow[];
}

/** What a section shows before order, folding and expansion are applied. */
export interface SectionSource {
  key: string;
  kind: StackTraceSection['kind'];
  title: string;
  value?: string;
  module?: string;
  exception?: ExceptionValue;
  chained?: ChainedException;
  thread?: ThreadEntry;
  stacktrace?: Stacktrace;
}

const EMPTY_TRACE: Stacktrace = { frames: [] };
// Row keys are `frame:3`, `folded:0-4`, `recursion:1-3x9`: the colon is their only character
// outside an id's `[\w-]`, and a plain replace costs less than a regex on 10,000 rows.
const domKey = (rowKey: string) => rowKey.replace(':', '_');

function mechanismOf(exception: ExceptionValue): StackTraceMechanism | undefined {
  const mechanism = exception.mechanism;
  if (mechanism === undefined) return undefined;
  const handled = mechanism.handled;
  return {
    type: mechanism.type,
    handled,
    handledLabel: handled === undefined ? undefined : handled ? 'Handled' : 'Unhandled',
    synthetic: mechanism.synthetic === true,
    description: mechanism.description,
  };
}

/** The exception chain as section sources, and how many exceptions were left out of them. */
export interface ExceptionSources {
  sources: SectionSource[];
  /** Exceptions past `MAX_SHOWN_EXCEPTIONS`, not made into sections. */
  omitted: number;
}

/**
 * The exception chain of an event as section sources, raised exception first, at most
 * `MAX_SHOWN_EXCEPTIONS` of them: each is a block with its own trace, and 10,000 blocks
 * (with a key check per expanded row each) would freeze the page for a chain no one reads.
 */
export function exceptionSources(event: Event): ExceptionSources {
  const { entries, omitted } = limitExceptionChain(getExceptionChain(event));
  return { sources: entries.map((chained) => exceptionSource(event, chained)), omitted };
}

function exceptionSource(event: Event, chained: ChainedException): SectionSource {
  return {
    key: `exception:${chained.index}`,
    kind: 'exception',
    title: chained.exception.type ?? 'Error',
    value: chained.exception.value,
    module: chained.exception.module,
    exception: chained.exception,
    chained,
    stacktrace: getExceptionStacktrace(event, chained.exception),
  };
}

/** A thread as a section source. */
export function threadSource(thread: ThreadEntry): SectionSource {
  const state = thread.thread.state === undefined ? undefined : `State: ${thread.thread.state}`;
  return { key: `thread:${thread.key}`, kind: 'thread', title: thread.label, value: state, thread, stacktrace: thread.stacktrace };
}

/** The event's own stack trace (a message with a trace and no exception) as a section source. */
export function eventTraceSource(event: Event): SectionSource[] {
  if (event.stacktrace === undefined) return [];
  const title = event.message?.formatted ?? event.message?.message ?? event.title;
  return [{ key: 'event', kind: 'stacktrace', title, stacktrace: event.stacktrace }];
}

/**
 * Keys open before anyone toggled: the crashing frame of every exception, thread and bare
 * trace, so switching threads still opens that thread's crashing frame.
 */
export function defaultExpandedKeys(sources: readonly SectionSource[], threads: ThreadList): Set<string> {
  const keys = new Set<string>();
  const add = (sectionKey: string, stacktrace: Stacktrace | undefined) => {
    const index = getCrashingFrameIndex(stacktrace?.frames ?? []);
    if (index !== undefined) keys.add(`${sectionKey}|frame:${index}`);
  };
  for (const source of sources) add(source.key, source.stacktrace);
  for (const thread of threads.threads) add(`thread:${thread.key}`, thread.stacktrace);
  return keys;
}

/** The state every section is built with. */
export interface SectionState {
  order: FrameOrder;
  appOnly: boolean;
  expanded: ReadonlySet<string>;
}

/** Builds a source's section for a state; rows that did not change keep their identity. */
export type SectionBuilder = (state: SectionState) => StackTraceSection;

/**
 * A builder of one source's section, kept while the source is: the trace's folding is found
 * once, and an unchanged row comes back as the same object, so toggling one frame of 10,000
 * re-renders one row. (Building 10,000 fresh rows per toggle took seconds in React's dev build.)
 */
export function createSectionBuilder(source: SectionSource, options: { platform?: string; idPrefix: string }): SectionBuilder {
  const prefix = `${source.key}|`;
  const idBase = `${options.idPrefix}-${source.key.replace(/[^\w-]/g, '_')}`;
  const buildView = createFrameViewBuilder(source.stacktrace ?? EMPTY_TRACE, { platform: options.platform });
  const kept = new WeakMap<FrameViewRow, StackTraceRow>();
  const chained = source.chained;
  const header = {
    ...source,
    link: chained?.link,
    linkLabel: chained?.link === undefined ? undefined : EXCEPTION_LINK_LABELS[chained.link],
    depth: chained?.depth ?? 0,
    mechanism: source.exception === undefined ? undefined : mechanismOf(source.exception),
  };
  const toRow = (row: FrameViewRow): StackTraceRow => {
    return {
      ...row,
      sectionKey: source.key,
      stateKey: `${prefix}${row.key}`,
      id: `${idBase}-${domKey(row.key)}`,
      expandable: row.kind !== 'frame' || row.sourceLines.length > 0 || row.variables.length > 0,
    };
  };

  return ({ order, appOnly, expanded: allExpanded }) => {
    const expanded = new Set<string>();
    for (const key of allExpanded) if (key.startsWith(prefix)) expanded.add(key.slice(prefix.length));
    const view = buildView({ order, appOnly, expanded });
    const rows = view.rows.map((row, i) => {
      let controls: string | undefined;
      if (row.expanded && row.kind === 'frame') controls = `${idBase}-${domKey(row.key)}-details`;
      else if (row.expanded) {
        // An open group's members follow it.
        const next = view.rows[i + 1];
        if (next?.groupKey === row.key) controls = `${idBase}-${domKey(next.key)}`;
      }
      const previous = kept.get(row);
      if (previous !== undefined && previous.controls === controls) return previous;
      const made = toRow(row);
      if (controls !== undefined) made.controls = controls;
      kept.set(row, made);
      return made;
    });
    return { ...header, view, rows };
  };
}
