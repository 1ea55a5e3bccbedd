import type { Frame } from '../model/stacktrace';

/** The parts a frame's name is shown from; absent parts are unknown. */
export interface FrameNameParts {
  /** Function name: symbolicated, else raw, else the mangled symbol. */
  function?: string;
  /** Module, namespace or class. */
  module?: string;
  /** Package, library or binary image as sent (path or .NET assembly name). */
  package?: string;
  /** Short image / package name: the file name of `package` without its path or assembly version. */
  image?: string;
  /** File name relative to the project, else the absolute path. */
  filename?: string;
  /** Absolute path or URL of the file. */
  absPath?: string;
  /** 1-based line number. */
  lineNo?: number;
  /** 1-based column number. */
  colNo?: number;
  /** Instruction address as a hex string. */
  instructionAddr?: string;
  /** Offset of the instruction from the function start, when both addresses are known. */
  functionOffset?: number;
  /** `file:line:column` as far as known, such as `app.py:12`. */
  location?: string;
}

/** One line of source code around a frame. */
export interface SourceLine {
  /** 1-based line number; `undefined` when the frame has no line number. */
  lineNo?: number;
  /** The code on the line. */
  code: string;
  /** Whether this is the line the frame was executing. */
  crashing: boolean;
}

/** One local variable of a frame, in the order the SDK sent them. */
export interface FrameVariable {
  name: string;
  value: unknown;
}

function parseAddress(address: string | undefined): bigint | undefined {
  if (address === undefined || !/^(0x)?[0-9a-f]+$/i.test(address)) return undefined;
  return BigInt(address.startsWith('0x') || address.startsWith('0X') ? address : `0x${address}`);
}

/** Short name of an image: `/usr/lib/libc.so.6` → `libc.so.6`, `App, Version=1.0` → `App`. */
export function getImageName(pkg: string | undefined): string | undefined {
  if (pkg === undefined) return undefined;
  const withoutVersion = pkg.split(',')[0] ?? pkg;
  const name = withoutVersion.split(/[/\\]/).pop();
  return name === undefined || name === '' ? withoutVersion : name;
}

/** Distance in bytes of `instructionAddr` from `symbolAddr`, or `undefined` when not both known. */
export function getFunctionOffset(frame: Frame): number | undefined {
  const instruction = parseAddress(frame.instructionAddr);
  const symbol = parseAddress(frame.symbolAddr);
  if (instruction === undefined || symbol === undefined || instruction < symbol) return undefined;
  return Number(instruction - symbol);
}

/** `file:line:col` as far as the frame knows them. */
export function formatFrameLocation(frame: Frame): string | undefined {
  const file = frame.filename ?? frame.absPath;
  if (file === undefined) return undefined;
  if (frame.lineNo === undefined) return file;
  return frame.colNo === undefined ? `${file}:${frame.lineNo}` : `${file}:${frame.lineNo}:${frame.colNo}`;
}

/** The parts a frame's name is shown from. */
export function getFrameNameParts(frame: Frame): FrameNameParts {
  return {
    function: frame.function ?? frame.rawFunction ?? frame.symbol,
    module: frame.module,
    package: frame.package,
    image: getImageName(frame.package),
    filename: frame.filename ?? frame.absPath,
    absPath: frame.absPath,
    lineNo: frame.lineNo,
    colNo: frame.colNo,
    instructionAddr: frame.instructionAddr,
    functionOffset: getFunctionOffset(frame),
    location: formatFrameLocation(frame),
  };
}

/** Source lines around the frame with line numbers, the executing line marked. */
export function getSourceLines(frame: Frame): SourceLine[] {
  const pre = frame.preContext ?? [];
  const post = frame.postContext ?? [];
  if (frame.contextLine === undefined) {
    // Without the executing line the context cannot be numbered or placed reliably.
    return [];
  }
  const at = (offset: number) => (frame.lineNo === undefined ? undefined : frame.lineNo + offset);
  return [
    ...pre.map((code, i) => ({ lineNo: at(i - pre.length), code, crashing: false })),
    { lineNo: frame.lineNo, code: frame.contextLine, crashing: true },
    ...post.map((code, i) => ({ lineNo: at(i + 1), code, crashing: false })),
  ];
}

/** Local variables of the frame as name / value pairs. */
export function getFrameVariables(frame: Frame): FrameVariable[] {
  return Object.entries(frame.vars ?? {}).map(([name, value]) => ({ name, value }));
}
