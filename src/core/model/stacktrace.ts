import type { UnknownBag } from './common';

/** One stack frame. Absent fields are unknown, not false or empty. */
export interface Frame {
  /** Function name as symbolicated / demangled. */
  function?: string;
  /** Function name before demangling or trimming. */
  rawFunction?: string;
  /** Mangled symbol (native). */
  symbol?: string;
  /** Module, namespace or class (Python module, Java class). */
  module?: string;
  /** Package, library or binary image the frame belongs to (native, Cocoa). */
  package?: string;
  /** File name relative to the project. */
  filename?: string;
  /** Absolute path or URL of the file. */
  absPath?: string;
  /** 1-based line number. */
  lineNo?: number;
  /** 1-based column number. */
  colNo?: number;
  /** Whether the frame is the application's own code; `undefined` when the SDK did not say. */
  inApp?: boolean;
  /** Source lines before the crashing line, oldest first. */
  preContext?: string[];
  /** The source line at `lineNo`. */
  contextLine?: string;
  /** Source lines after the crashing line. */
  postContext?: string[];
  /** Local variables at the time of the crash. */
  vars?: Record<string, unknown>;
  /** Instruction address as a hex string (`0x…`). */
  instructionAddr?: string;
  /** Start address of the function as a hex string. */
  symbolAddr?: string;
  /** Load address of the binary image as a hex string. */
  imageAddr?: string;
  /** How the addresses are to be read (`abs`, `rel:N`, `rel:N`). */
  addrMode?: string;
  /** Platform of this frame when it differs from the event's. */
  platform?: string;
  /** How the frame was found while walking the stack (`context`, `cfi`, `scan`…). */
  trust?: string;
  /** Fields of the input frame that the model does not name. */
  extra?: UnknownBag;
}

/** A stack trace. Frames are in Sentry's order: oldest call first, crashing frame last. */
export interface Stacktrace {
  /** Frames, oldest first, crashing frame last. */
  frames: Frame[];
  /** CPU register values at the time of the crash (native). */
  registers?: Record<string, string>;
  /** Range `[start, end)` of frames the SDK omitted. */
  framesOmitted?: [number, number];
  /** Whether this trace is a snapshot of a thread that did not crash. */
  snapshot?: boolean;
  /** Fields the model does not name. */
  extra?: UnknownBag;
}
