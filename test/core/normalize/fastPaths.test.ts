import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeEvent } from '../../../src/core';

/** An SDK event whose one exception has `frames` as its stack. */
const withFrames = (frames: unknown[]) => ({ exception: { values: [{ type: 'E', stacktrace: { frames } }] } });

const framesOf = (input: unknown) => normalizeEvent(input).value.exceptions[0]?.stacktrace?.frames;

describe('normalizer fast paths give what the full readers give', () => {
  it('stores string fields as sent and still repairs scalars through the reader', () => {
    const sent = { function: 'run', abs_path: '/app/run.js', instruction_addr: '0x1f', lineno: 3 };
    const coerced = { function: 7, abs_path: true, instruction_addr: 31, lineno: '3' };
    expect(framesOf(withFrames([sent]))).toEqual([{ function: 'run', absPath: '/app/run.js', instructionAddr: '0x1f', lineNo: 3 }]);
    const { value, problems } = normalizeEvent(withFrames([coerced]));
    expect(value.exceptions[0]?.stacktrace?.frames).toEqual([{ function: '7', absPath: 'true', instructionAddr: '0x1f', lineNo: 3 }]);
    expect(problems.map((problem) => `${problem.path}: ${problem.action}`)).toEqual([
      'exception.values[0].stacktrace.frames[0].function: repaired',
      'exception.values[0].stacktrace.frames[0].abs_path: repaired',
      'exception.values[0].stacktrace.frames[0].lineno: repaired',
    ]);
  });

  it('any string or number in a string field comes out as the same text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.integer(), fc.boolean()), (sent) => {
        const [frame] = framesOf(withFrames([{ function: sent, module: String(sent) }])) ?? [];
        expect(frame?.function).toBe(String(sent));
        expect(frame?.module).toBe(String(sent));
      }),
    );
  });

  it('names the path of a problem deep in lists only when there is one', () => {
    const frames = [{ function: 'a' }, { function: 'b', pre_context: ['x', {}, 2] }];
    const threads = { values: [{ id: 1, stacktrace: { frames: [{ lineno: -1 }] } }] };
    const { problems } = normalizeEvent({ ...withFrames(frames), threads, tags: [['k', 1]], request: { headers: [['h', 2]] } });
    expect(problems.map((problem) => problem.path)).toEqual([
      'exception.values[0].stacktrace.frames[1].pre_context[1]',
      'exception.values[0].stacktrace.frames[1].pre_context[2]',
      'threads.values[0].stacktrace.frames[0].lineno',
      'tags[0][1]',
      'request.headers[0].1',
    ]);
  });

  it('reads own keys only, in their order, and keeps a `__proto__` key as data', () => {
    const inherited = Object.create({ lineno: 9, stray: 'inherited' }) as Record<string, unknown>;
    inherited.function = 'own';
    expect(framesOf(withFrames([inherited]))).toEqual([{ function: 'own' }]);
    const [frame] = framesOf(withFrames([JSON.parse('{"__proto__": {"x": 1}, "function": "f"}')])) ?? [];
    expect(Object.getPrototypeOf(frame)).toBe(Object.prototype);
    expect(Object.keys(frame ?? {})).toEqual(['function', 'extra']);
    expect(Object.hasOwn(frame?.extra ?? {}, '__proto__')).toBe(true);
  });

  it('keeps a timestamp already in the written form and cuts finer fractions to milliseconds', () => {
    const times = ['2024-02-29T23:59:59.123Z', '2024-02-29T23:59:59.123456Z', '2024-02-29 23:59:59.1', '2024-02-29t23:59:59Z'];
    const read = times.map((timestamp) => normalizeEvent({ breadcrumbs: [{ timestamp }] }).value.breadcrumbs[0]?.timestamp);
    expect(read).toEqual(['2024-02-29T23:59:59.123Z', '2024-02-29T23:59:59.123Z', '2024-02-29T23:59:59.100Z', '2024-02-29T23:59:59.000Z']);
  });

  it('reads a UTC date-time string as the same instant Date reads', () => {
    const instant = fc.integer({ min: 0, max: 253402300799999 }).map((ms) => new Date(ms).toISOString());
    const fraction = fc.constantFrom('', '.1', '.12', '.123', '.123456', '.123456789');
    const zone = fc.constantFrom('Z', 'z', '+00:00', '');
    fc.assert(
      fc.property(instant, fraction, zone, fc.constantFrom('T', 't', ' '), (iso, digits, suffix, separator) => {
        const timestamp = `${iso.slice(0, 10)}${separator}${iso.slice(11, 19)}${digits}${suffix}`;
        const millis = digits === '' ? '.000' : `${digits}000`.slice(0, 4);
        const expected = new Date(`${iso.slice(0, 19)}${millis}Z`).toISOString();
        expect(normalizeEvent({ breadcrumbs: [{ timestamp }] }).value.breadcrumbs[0]?.timestamp).toBe(expected);
      }),
    );
  });
});
