import type { Event } from '../model/event';
import type { ExceptionValue } from '../model/exception';
import type { Frame, Stacktrace } from '../model/stacktrace';
import type { Thread } from '../model/thread';
import {
  type ChainedException,
  type ExceptionLink,
  getExceptionChain,
  limitExceptionChain,
  omittedExceptionsNote,
} from './exceptionChain';
import { getStackPlatformFamily, type StackPlatformFamily } from './platform';
import { formatRawBlock, getRawExceptionTitle, joinTitle } from './rawFrames';
import { getExceptionStacktrace, getThreads } from './threads';

/** Options of `formatRawStacktrace` and `formatRawEvent`. */
export interface RawStacktraceOptions {
  /** Keep only frames that are the app's own code, when some are. @default false */
  inAppOnly?: boolean;
  /** Keep at most this many frames per trace, the newest. @default unlimited */
  maxFrames?: number;
  /** Print the trace as received, before source maps or symbolication, when Sentry kept it. @default false */
  unprocessed?: boolean;
}

/** Frames kept by `RawStacktraceOptions` (oldest first) and how many were left out. */
export function selectRawFrames(
  frames: readonly Frame[],
  options: RawStacktraceOptions = {},
): { frames: Frame[]; omitted: number } {
  let kept = [...frames];
  if (options.inAppOnly === true && kept.some((frame) => frame.inApp === true)) {
    kept = kept.filter((frame) => frame.inApp === true);
  }
  if (options.maxFrames !== undefined && kept.length > options.maxFrames) {
    kept = kept.slice(kept.length - Math.max(0, options.maxFrames));
  }
  return { frames: kept, omitted: frames.length - kept.length };
}

function isException(source: ExceptionValue | Thread): source is ExceptionValue {
  return 'depth' in source && typeof source.depth === 'number';
}

function threadHeader(thread: Thread, family: StackPlatformFamily): string[] {
  const id = thread.id ?? '?';
  if (family === 'native') {
    const name = thread.name === undefined ? [] : [`Thread ${id} name:  ${thread.name}`];
    return [...name, `Thread ${id}${thread.crashed === true ? ' Crashed' : ''}:`];
  }
  if (family === 'java') {
    const state = thread.state === undefined ? [] : [`   java.lang.Thread.State: ${thread.state.toUpperCase()}`];
    return [`"${thread.name ?? `Thread-${id}`}" #${id}`, ...state];
  }
  const name = thread.name === undefined ? `${id}` : `${id} "${thread.name}"`;
  return [`Thread ${name}${thread.crashed === true ? ' (crashed)' : ''}:`];
}

const sameFrame = (a: Frame, b: Frame) =>
  a.function === b.function && a.module === b.module && a.filename === b.filename && a.lineNo === b.lineNo;

/** Frames at the oldest end that a cause shares with the exception it caused. */
function framesInCommon(frames: readonly Frame[], enclosing: readonly Frame[]): number {
  let common = 0;
  while (common < frames.length && common < enclosing.length) {
    const frame = frames[common] as Frame;
    if (!sameFrame(frame, enclosing[common] as Frame)) break;
    common++;
  }
  return common;
}

function block(
  family: StackPlatformFamily,
  exception: ExceptionValue,
  stacktrace: Stacktrace | undefined,
  options: RawStacktraceOptions,
  enclosing: readonly Frame[] = [],
): string[] {
  const all = stacktrace?.frames ?? [];
  // Java prints a cause's frames shared with the exception it caused as "... N more".
  const common = family === 'java' ? Math.min(framesInCommon(all, enclosing), Math.max(0, all.length - 1)) : 0;
  const { frames, omitted } = selectRawFrames(all.slice(common), options);
  const lines = formatRawBlock(family, getRawExceptionTitle(exception, family), frames, omitted);
  return common === 0 ? lines : [...lines, `\t... ${common} more`];
}

/**
 * One exception or thread as text in its platform's own format: a Python traceback, a Java
 * `at` list, a .NET `   at … in File.cs:line 12` list, an Apple-style native frame table…
 */
export function formatRawStacktrace(
  source: ExceptionValue | Thread,
  platform: string | undefined,
  options: RawStacktraceOptions = {},
): string {
  const family = getStackPlatformFamily(platform);
  const stacktrace = options.unprocessed === true ? (source.rawStacktrace ?? source.stacktrace) : source.stacktrace;
  if (isException(source)) return block(family, source, stacktrace, options).join('\n');
  const { frames, omitted } = selectRawFrames(stacktrace?.frames ?? [], options);
  return [...threadHeader(source, family), ...formatRawBlock(family, undefined, frames, omitted)].join('\n');
}

const PYTHON_CONNECTORS: Record<ExceptionLink, string> = {
  'caused-by': 'The above exception was the direct cause of the following exception:',
  'during-handling-of': 'During handling of the above exception, another exception occurred:',
  'group-member': '',
};

const RAISED_FIRST_PREFIXES: Record<ExceptionLink, string> = {
  'caused-by': 'Caused by: ',
  'during-handling-of': 'During handling of: ',
  'group-member': '',
};

function prefixFirst(lines: string[], prefix: string): string[] {
  const [first, ...rest] = lines;
  return first === undefined ? [prefix.trimEnd()] : [`${prefix}${first}`, ...rest];
}

/** Members of an exception group, each under a numbered rule, the way Python prints them. */
function groupMembers(members: ChainedException[], render: (entry: ChainedException) => string[]): string[] {
  if (members.length === 0) return [];
  const rule = (label: string) => `+${'-'.repeat(16)} ${label} ${'-'.repeat(16)}`;
  return [
    ...members.flatMap((member, i) => [rule(String(i + 1)), ...render(member).map((line) => `| ${line}`)]),
    `+${'-'.repeat(36)}`,
  ];
}

type Render = (entry: ChainedException) => string[];

function chainRenderer(family: StackPlatformFamily, body: (entry: ChainedException) => string[]): Render {
  const render: Render = (entry) => {
    const links = entry.children.filter((child) => child.link !== 'group-member');
    const members = entry.children.filter((child) => child.link === 'group-member');
    const own = [...body(entry), ...groupMembers(members, render)];
    if (family === 'python' || family === 'php') {
      // These print the innermost cause first and the raised exception last.
      const before = links.flatMap((child) =>
        family === 'python'
          ? [...render(child), '', PYTHON_CONNECTORS[child.link ?? 'caused-by'], '']
          : [...render(child), ''],
      );
      return [...before, ...(family === 'php' && links.length > 0 ? prefixFirst(own, 'Next ') : own)];
    }
    const after = links.flatMap((child) =>
      family === 'ruby' ? render(child) : prefixFirst(render(child), RAISED_FIRST_PREFIXES[child.link ?? 'caused-by']),
    );
    return [...own, ...after];
  };
  return render;
}

/** .NET nests inner exceptions inside the outer one's text (`Outer ---> Inner`), innermost frames first. */
function csharpRenderer(frameLines: (entry: ChainedException) => string[]): Render {
  const render: Render = (entry) => {
    const [inner, ...others] = entry.children;
    const title = joinTitle(getRawExceptionTitle(entry.exception, 'csharp')) ?? '';
    const nested = inner === undefined ? [] : render(inner);
    const [innerTitle, ...innerRest] = nested;
    const head = innerTitle === undefined ? title : `${title} ---> ${innerTitle}`;
    const innerEnd = inner === undefined ? [] : [...innerRest, '   --- End of inner exception stack trace ---'];
    const extra = others.flatMap((child, i) => prefixFirst([...render(child), '<---'], `---> (Inner Exception #${i + 1}) `));
    return [head, ...innerEnd, ...frameLines(entry), ...extra];
  };
  return render;
}

/** Lets exceptions listed without parent links read as Sentry means them: each the cause of the next. */
function linkRoots(roots: ChainedException[]): ChainedException[] {
  let linked: ChainedException | undefined;
  for (let i = roots.length - 1; i >= 0; i--) {
    const root = roots[i] as ChainedException;
    linked =
      linked === undefined
        ? root
        : { ...root, children: [...root.children, { ...linked, link: 'caused-by', parentIndex: root.index }] };
  }
  return linked === undefined ? [] : [linked];
}

/**
 * The whole event as text in its platform's format: the exception chain (Python cause-first
 * with "The above exception was the direct cause…", Java and JavaScript with `Caused by:`,
 * .NET with `--->`), else the event's own stack trace, else every thread's, crashed first.
 */
export function formatRawEvent(
  event: Pick<Event, 'exceptions' | 'threads' | 'platform' | 'stacktrace' | 'title' | 'message'>,
  options: RawStacktraceOptions = {},
): string {
  const family = getStackPlatformFamily(event.platform);
  const threadStack = (exception: ExceptionValue) => getExceptionStacktrace(event, exception, options.unprocessed);
  // The renderers below recurse once per level of the chain and copy lines at each, so the
  // chain is cut to MAX_SHOWN_EXCEPTIONS first: 10,000 causes stay a few hundred calls deep.
  const limited = limitExceptionChain(getExceptionChain(event));
  const roots = linkRoots(limited.roots);
  if (roots.length > 0) {
    const frameLines = (entry: ChainedException) => {
      const { frames, omitted } = selectRawFrames(threadStack(entry.exception)?.frames ?? [], options);
      return formatRawBlock(family, undefined, frames, omitted);
    };
    const render =
      family === 'csharp'
        ? csharpRenderer(frameLines)
        : chainRenderer(family, (entry) => {
            const parent = entry.parentIndex === undefined ? undefined : event.exceptions[entry.parentIndex];
            const enclosing = parent === undefined ? [] : (threadStack(parent)?.frames ?? []);
            const lines = block(family, entry.exception, threadStack(entry.exception), options, enclosing);
            return family === 'python' && entry.isGroup && lines[0]?.startsWith('Traceback')
              ? [`Exception Group ${lines[0]}`, ...lines.slice(1)]
              : lines;
          });
    const text = roots.flatMap(render).join('\n');
    return limited.omitted > 0 ? `${text}\n\n${omittedExceptionsNote(limited.omitted)}` : text;
  }
  const title = { value: event.message?.formatted ?? event.message?.message ?? event.title };
  if (event.stacktrace !== undefined) {
    const { frames, omitted } = selectRawFrames(event.stacktrace.frames, options);
    return formatRawBlock(family, title, frames, omitted).join('\n');
  }
  const threads = getThreads(event).threads.filter((entry) => entry.stacktrace !== undefined);
  if (threads.length === 0) return title.value;
  return threads.map((entry) => formatRawStacktrace(entry.thread, event.platform, options)).join('\n\n');
}
