import type { Event } from '../model/event';
import type { ExceptionValue } from '../model/exception';
import type { Stacktrace } from '../model/stacktrace';
import type { Thread } from '../model/thread';

/** One thread prepared for a thread picker. */
export interface ThreadEntry {
  /** Stable key: `thread:<id>`, or `thread#<position>` for a thread without id. */
  key: string;
  /** The thread itself. */
  thread: Thread;
  /** Position of the thread in `event.threads`. */
  index: number;
  /** Name to show: the thread's name, else `Thread <id>`, else `Thread #<position>`. */
  label: string;
  /** Exceptions raised on this thread, linked by `ExceptionValue.threadId`. */
  exceptions: ExceptionValue[];
  /** Stack trace to show: the thread's own, else that of an exception raised on it. */
  stacktrace?: Stacktrace;
}

/** The threads of an event, crashed one first, and which one to select at first. */
export interface ThreadList {
  /** Crashed thread first, then the current one, then the main one, then input order. */
  threads: ThreadEntry[];
  /** Key of the thread to select by default; `undefined` when the event has no threads. */
  defaultKey?: string;
}

function rank(thread: Thread): number {
  if (thread.crashed === true) return 0;
  if (thread.current === true) return 1;
  if (thread.main === true) return 2;
  return 3;
}

function sameId(a: string | number | undefined, b: string | number | undefined): boolean {
  return a !== undefined && b !== undefined && String(a) === String(b);
}

/**
 * Orders the threads of an event for display and picks the default one: the crashed thread,
 * else the thread the raised exception happened on, else the current, main or first thread.
 */
export function getThreads(event: Pick<Event, 'threads' | 'exceptions'>): ThreadList {
  const usedKeys = new Set<string>();
  const entries = event.threads.map((thread, index): ThreadEntry => {
    let key = thread.id === undefined ? `thread#${index}` : `thread:${thread.id}`;
    // Some SDKs repeat thread ids; keys must stay unique for a list.
    if (usedKeys.has(key)) key = `${key}#${index}`;
    usedKeys.add(key);
    const exceptions = event.exceptions.filter((exception) => sameId(exception.threadId, thread.id));
    const stacktrace =
      thread.stacktrace ?? [...exceptions].reverse().find((exception) => exception.stacktrace)?.stacktrace;
    const label = thread.name ?? (thread.id === undefined ? `Thread #${index}` : `Thread ${thread.id}`);
    return { key, thread, index, label, exceptions, stacktrace };
  });
  const threads = [...entries].sort((a, b) => rank(a.thread) - rank(b.thread) || a.index - b.index);

  const raised = event.exceptions[event.exceptions.length - 1];
  const byRaised = raised === undefined ? undefined : threads.find((t) => sameId(raised.threadId, t.thread.id));
  const crashed = threads.find((t) => t.thread.crashed === true);
  return { threads, defaultKey: (crashed ?? byRaised ?? threads[0])?.key };
}

/**
 * The stack trace to show for an exception: its own, else that of the thread it was raised on
 * (native SDKs often put the crashing stack on the thread only). With `preferUnprocessed`, the
 * trace as received before source maps or symbolication, when Sentry kept one.
 */
export function getExceptionStacktrace(
  event: Pick<Event, 'threads'>,
  exception: ExceptionValue,
  preferUnprocessed = false,
): Stacktrace | undefined {
  const own = preferUnprocessed ? (exception.rawStacktrace ?? exception.stacktrace) : exception.stacktrace;
  if (own !== undefined) return own;
  const thread = event.threads.find((candidate) => sameId(candidate.id, exception.threadId));
  return preferUnprocessed ? (thread?.rawStacktrace ?? thread?.stacktrace) : thread?.stacktrace;
}
