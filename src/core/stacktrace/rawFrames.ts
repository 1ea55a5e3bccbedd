import type { ExceptionValue } from '../model/exception';
import type { Frame } from '../model/stacktrace';
import { getFunctionOffset, getImageName } from './frameParts';
import type { StackPlatformFamily } from './platform';

/** Type and message of an exception, the type qualified the way the platform prints it. */
export interface RawExceptionTitle {
  type?: string;
  value?: string;
}

const PYTHON_BUILTIN_MODULES = new Set(['builtins', '__builtin__', 'exceptions']);

/** The exception's type as its platform prints it (`java.net.BindException`, `mod.Error`). */
export function getRawExceptionTitle(exception: ExceptionValue, family: StackPlatformFamily): RawExceptionTitle {
  const { type, value, module } = exception;
  const qualifies =
    type !== undefined &&
    module !== undefined &&
    module !== '' &&
    !type.includes('.') &&
    ((family === 'python' && !PYTHON_BUILTIN_MODULES.has(module)) || family === 'java');
  return { type: qualifies ? `${module}.${type}` : type, value };
}

/** `Type: value`, as most platforms print an exception title. */
export function joinTitle(title: RawExceptionTitle | undefined): string | undefined {
  if (title === undefined) return undefined;
  if (title.type === undefined) return title.value;
  return title.value === undefined || title.value === '' ? title.type : `${title.type}: ${title.value}`;
}

const fn = (frame: Frame) => frame.function ?? frame.rawFunction ?? frame.symbol;
const file = (frame: Frame) => frame.filename ?? frame.absPath;
const qualified = (frame: Frame, separator = '.') => {
  const name = fn(frame) ?? '<unknown>';
  return frame.module === undefined ? name : `${frame.module}${separator}${name}`;
};

function jsLine(frame: Frame): string {
  const location = [frame.absPath ?? frame.filename, frame.lineNo, frame.colNo].filter((p) => p !== undefined);
  const where = location.length === 0 ? '<anonymous>' : location.join(':');
  const name = fn(frame);
  return name === undefined ? `    at ${where}` : `    at ${name} (${where})`;
}

function javaLine(frame: Frame): string {
  const name = file(frame);
  const where =
    name === undefined ? 'Unknown Source' : frame.lineNo === undefined ? name : `${name}:${frame.lineNo}`;
  return `\tat ${qualified(frame)}(${where})`;
}

function csharpLine(frame: Frame): string {
  const call = qualified(frame);
  const withArgs = call.includes('(') ? call : `${call}()`;
  const name = frame.absPath ?? frame.filename;
  if (name === undefined) return `   at ${withArgs}`;
  return frame.lineNo === undefined ? `   at ${withArgs} in ${name}` : `   at ${withArgs} in ${name}:line ${frame.lineNo}`;
}

function pythonLines(frame: Frame): string[] {
  const line = frame.lineNo === undefined ? '' : `, line ${frame.lineNo}`;
  const head = `  File "${file(frame) ?? frame.module ?? '<unknown>'}"${line}, in ${fn(frame) ?? '<module>'}`;
  const code = frame.contextLine?.trim();
  return code === undefined || code === '' ? [head] : [head, `    ${code}`];
}

function goLines(frame: Frame): string[] {
  const head = `${qualified(frame)}(...)`;
  const name = frame.absPath ?? frame.filename;
  if (name === undefined) return [head];
  return [head, frame.lineNo === undefined ? `\t${name}` : `\t${name}:${frame.lineNo}`];
}

function rubyLine(frame: Frame): string {
  const where = [file(frame) ?? '<unknown>', frame.lineNo].filter((p) => p !== undefined).join(':');
  return `${where}:in \`${fn(frame) ?? '<main>'}'`;
}

function hexAddress(address: string | undefined): string {
  if (address === undefined || !/^(0x)?[0-9a-f]+$/i.test(address)) return address ?? '<unknown>';
  return `0x${address.replace(/^0x/i, '').toLowerCase().padStart(16, '0')}`;
}

function nativeSymbol(frame: Frame): string {
  const name = fn(frame);
  const offset = getFunctionOffset(frame);
  let symbol: string;
  if (name !== undefined) symbol = offset === undefined ? name : `${name} + ${offset}`;
  else {
    const fromImage = getFunctionOffset({ instructionAddr: frame.instructionAddr, symbolAddr: frame.imageAddr });
    symbol = fromImage === undefined ? '<unknown>' : `${hexAddress(frame.imageAddr)} + ${fromImage}`;
  }
  const where = file(frame);
  if (where === undefined) return symbol;
  return frame.lineNo === undefined ? `${symbol} (${where})` : `${symbol} (${where}:${frame.lineNo})`;
}

function nativeLines(newestFirst: Frame[]): string[] {
  const images = newestFirst.map((frame) => getImageName(frame.package) ?? '???');
  const width = Math.min(32, Math.max(0, ...images.map((image) => image.length)));
  return newestFirst.map(
    (frame, i) =>
      `${String(i).padEnd(4)}${(images[i] ?? '').padEnd(width)}  ${hexAddress(frame.instructionAddr).padEnd(18)}  ${nativeSymbol(frame)}`,
  );
}

/**
 * Lines of one exception (or thread) in the platform's own format: the title where the
 * platform puts it and the frames in the order it prints them. `frames` are oldest first.
 */
export function formatRawBlock(
  family: StackPlatformFamily,
  title: RawExceptionTitle | undefined,
  frames: readonly Frame[],
  omitted = 0,
): string[] {
  const lines = formatFrames(family, title, frames);
  if (omitted === 0) return lines;
  // The newest frames are always kept, so the gap sits at the oldest end of the trace.
  const note = `    ... ${omitted.toLocaleString('en-US')} frame${omitted === 1 ? '' : 's'} not shown`;
  if (family === 'python' && frames.length > 0) return [lines[0] ?? '', note, ...lines.slice(1)];
  return [...lines, note];
}

function formatFrames(family: StackPlatformFamily, title: RawExceptionTitle | undefined, frames: readonly Frame[]) {
  const heading = joinTitle(title);
  const head = heading === undefined ? [] : [heading];
  const newest = [...frames].reverse();
  switch (family) {
    case 'python':
      if (frames.length === 0) return head;
      return ['Traceback (most recent call last):', ...frames.flatMap(pythonLines), ...head];
    case 'java':
      return [...head, ...newest.map(javaLine)];
    case 'csharp':
      return [...head, ...newest.map(csharpLine)];
    case 'go':
      return [...head, ...(head.length > 0 && frames.length > 0 ? [''] : []), ...newest.flatMap(goLines)];
    case 'php': {
      const path = (frame: Frame) => frame.absPath ?? frame.filename;
      const top = newest[0];
      const at = top === undefined || path(top) === undefined ? '' : ` in ${path(top)}:${top.lineNo ?? '?'}`;
      const lines = newest.map(
        (frame, i) => `#${i} ${path(frame) ?? '[internal function]'}(${frame.lineNo ?? '?'}): ${fn(frame) ?? '{closure}'}()`,
      );
      const titled = heading === undefined ? [] : [`${heading}${at}`];
      return frames.length === 0 ? titled : [...titled, 'Stack trace:', ...lines, `#${lines.length} {main}`];
    }
    case 'ruby': {
      const [top, ...rest] = newest.map(rubyLine);
      const message = title === undefined ? undefined : `${title.value ?? ''} (${title.type ?? 'Exception'})`;
      const first = top === undefined ? message : message === undefined ? top : `${top}: ${message}`;
      return [...(first === undefined ? [] : [first]), ...rest.map((line) => `\tfrom ${line}`)];
    }
    case 'native':
      return [...head, ...nativeLines(newest)];
    default:
      return [...head, ...newest.map(jsLine)];
  }
}
