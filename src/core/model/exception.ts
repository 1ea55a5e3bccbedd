import type { UnknownBag } from './common';
import type { Stacktrace } from './stacktrace';

/** How an exception was captured. */
export interface Mechanism {
  /** Mechanism type such as `onerror`, `generic`, `signalhandler`, `chained`. */
  type?: string;
  /** `false` for an unhandled exception (a crash); `undefined` when unknown. */
  handled?: boolean;
  /** Whether the exception was made up by the SDK (for example from a signal). */
  synthetic?: boolean;
  /** Human-readable description of the mechanism. */
  description?: string;
  /** Link to documentation about this error. */
  helpLink?: string;
  /** Id of this exception in a chain (`mechanism.exception_id`). */
  exceptionId?: number;
  /** Id of the exception this one belongs to (`mechanism.parent_id`). */
  parentId?: number;
  /** Where the exception sits on its parent (`__cause__`, `__context__`, `exceptions[0]`). */
  source?: string;
  /** Whether this exception is an exception group (aggregate). */
  isExceptionGroup?: boolean;
  /** Arbitrary mechanism data. */
  data?: Record<string, unknown>;
  /** Operating-system details: signal, Mach exception, errno. */
  meta?: Record<string, unknown>;
  /** Fields the model does not name. */
  extra?: UnknownBag;
}

/** How an exception relates to its parent in the chain. */
export type ExceptionRelation =
  /** The parent was raised because of this one (`raise … from`, Java `getCause`). */
  | 'cause'
  /** This was being handled when the parent was raised (Python implicit `__context__`). */
  | 'context'
  /** This is one member of the parent exception group. */
  | 'group';

/** One exception of an event, with its place in the chain. */
export interface ExceptionValue {
  /** Exception type or class name, such as `TypeError`. */
  type?: string;
  /** Exception message. */
  value?: string;
  /** Module or namespace of the exception type. */
  module?: string;
  /** Id of the thread this exception was raised on. */
  threadId?: string | number;
  /** How the exception was captured. */
  mechanism?: Mechanism;
  /** Stack trace, frames oldest first. */
  stacktrace?: Stacktrace;
  /** Stack trace before symbolication or source maps, when Sentry kept both. */
  rawStacktrace?: Stacktrace;
  /**
   * Id of this exception within the event: `mechanism.exception_id` when the SDK sent
   * one, otherwise its position in the input list.
   */
  id: number;
  /** Id of the parent exception; `undefined` for the top-level (raised) exception. */
  parentId?: number;
  /** How this exception relates to its parent. */
  relation?: ExceptionRelation;
  /** Distance from the raised exception: 0 for the exception that was raised, 1 for its cause… */
  depth: number;
  /** Fields the model does not name. */
  extra?: UnknownBag;
}
