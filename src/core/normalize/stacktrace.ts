import type { Frame, Stacktrace } from '../model';
import { listReader, objectSpec, readFields, readObject } from './fields';
import {
  type FieldReader,
  readAddress,
  readBoolean,
  readCount,
  readRecord,
  readString,
  readStringList,
} from './primitives';
import { childPath, isObject, type JsonObject, type Path, type ReadContext, report, setKey } from './reader';

const FRAME_SPEC = objectSpec({
  function: [readString],
  rawFunction: [readString, 'raw_function'],
  symbol: [readString],
  module: [readString],
  package: [readString],
  filename: [readString],
  absPath: [readString, 'abs_path'],
  lineNo: [readCount, 'lineno'],
  colNo: [readCount, 'colno'],
  inApp: [readBoolean, 'in_app'],
  preContext: [readStringList, 'pre_context'],
  contextLine: [readString, 'context_line'],
  postContext: [readStringList, 'post_context'],
  vars: [readRecord],
  instructionAddr: [readAddress, 'instruction_addr'],
  symbolAddr: [readAddress, 'symbol_addr'],
  imageAddr: [readAddress, 'image_addr'],
  addrMode: [readString, 'addr_mode'],
  platform: [readString],
  trust: [readString],
});

/**
 * Splits the Web API's `context: [[lineNo, text], …]` into lines before, at and after the
 * frame's line, the way SDKs send them.
 */
function splitApiContext(frame: Frame, extra: JsonObject): void {
  const lines = extra.context;
  const lineNo = frame.lineNo;
  if (!Array.isArray(lines) || lineNo === undefined || frame.contextLine !== undefined) return;
  const pre: string[] = [];
  const post: string[] = [];
  let at: string | undefined;
  for (const line of lines) {
    if (!Array.isArray(line) || typeof line[0] !== 'number' || typeof line[1] !== 'string') return;
    if (line[0] < lineNo) pre.push(line[1]);
    else if (line[0] === lineNo) at = line[1];
    else post.push(line[1]);
  }
  if (at === undefined) return;
  frame.preContext = pre;
  frame.contextLine = at;
  frame.postContext = post;
  delete extra.context;
}

/** Reads one stack frame; `inApp` stays undefined when the SDK did not say. */
export function readFrame(ctx: ReadContext, value: unknown, path: Path): Frame | undefined {
  const frame = readObject<Frame>(ctx, value, path, undefined, FRAME_SPEC, 'frame object');
  if (frame?.extra !== undefined && ctx.mode === 'api') {
    splitApiContext(frame, frame.extra);
    if (Object.keys(frame.extra).length === 0) delete frame.extra;
  }
  return frame;
}

const readRegisters: FieldReader<Record<string, string>> = (ctx, value, path, key) => {
  if (!isObject(value)) {
    report(ctx, path, key, 'object of register values', value, 'dropped');
    return undefined;
  }
  const registers: Record<string, string> = {};
  for (const name of Object.keys(value)) {
    const register = readAddress(ctx, value[name], childPath(path, key), name);
    if (register !== undefined) setKey(registers, name, register);
  }
  return registers;
};

const readFramesOmitted: FieldReader<[number, number]> = (ctx, value, path, key) => {
  if (Array.isArray(value) && value.length === 2 && Number.isSafeInteger(value[0]) && Number.isSafeInteger(value[1])) {
    return [value[0] as number, value[1] as number];
  }
  report(ctx, path, key, 'pair of frame indexes', value, 'dropped');
  return undefined;
};

const STACKTRACE_SPEC = objectSpec({
  frames: [listReader('array of frames', readFrame)],
  registers: [readRegisters],
  framesOmitted: [readFramesOmitted, 'frames_omitted'],
  snapshot: [readBoolean],
});

/** Reads a stack trace; a trace without a frame list is repaired to an empty one. */
export function readStacktrace(ctx: ReadContext, value: unknown, path: Path, key?: string): Stacktrace | undefined {
  if (!isObject(value)) {
    report(ctx, path, key, 'stacktrace object', value, 'dropped');
    return undefined;
  }
  const ownPath = key === undefined ? path : childPath(path, key);
  const stacktrace = { frames: [] } as unknown as Stacktrace;
  const extra = readFields(ctx, value, ownPath, STACKTRACE_SPEC, stacktrace as unknown as JsonObject);
  if (extra !== undefined) stacktrace.extra = extra;
  if (!Array.isArray(value.frames)) {
    if (value.frames === undefined || value.frames === null) report(ctx, ownPath, 'frames', 'array of frames', value.frames, 'repaired');
  }
  return stacktrace;
}

/** Field reader form of `readStacktrace`. */
export const readStacktraceField: FieldReader<Stacktrace> = (ctx, value, path, key) =>
  readStacktrace(ctx, value, path, key);
