import type { UnknownBag } from './common';
import type { Stacktrace } from './stacktrace';

/** A thread of the process at the time of the event. */
export interface Thread {
  /** Thread id as the SDK sent it. */
  id?: string | number;
  /** Thread name. */
  name?: string;
  /** Whether this thread crashed. */
  crashed?: boolean;
  /** Whether this thread was the current one when the event was captured. */
  current?: boolean;
  /** Whether this is the main (UI) thread. */
  main?: boolean;
  /** Thread state, such as `Runnable` or `Blocked` (Java, Android ANR). */
  state?: string;
  /** Stack trace of the thread, frames oldest first. */
  stacktrace?: Stacktrace;
  /** Stack trace before symbolication, when Sentry kept both. */
  rawStacktrace?: Stacktrace;
  /** Locks held by this thread, keyed by address (Java). */
  heldLocks?: Record<string, unknown>;
  /** Fields the model does not name. */
  extra?: UnknownBag;
}
