import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExceptionValue, Frame } from '../../../src/core/model';
import { buildFrameView, formatRawEvent, getExceptionChain, getThreads } from '../../../src/core/stacktrace';
import { makeEvent } from './sampleEvents';

const PLATFORMS = ['python', 'javascript', 'node', 'java', 'android', 'csharp', 'go', 'php', 'ruby', 'native', 'cocoa', 'elixir'];

const frameArb: fc.Arbitrary<Frame> = fc.record(
  {
    function: fc.string(),
    module: fc.string(),
    filename: fc.string(),
    absPath: fc.string(),
    package: fc.string(),
    lineNo: fc.nat(),
    colNo: fc.nat(),
    inApp: fc.boolean(),
    contextLine: fc.string(),
    preContext: fc.array(fc.string(), { maxLength: 3 }),
    instructionAddr: fc.oneof(fc.string(), fc.bigInt({ min: 0n, max: 2n ** 64n }).map((n) => `0x${n.toString(16)}`)),
    symbolAddr: fc.oneof(fc.string(), fc.bigInt({ min: 0n, max: 2n ** 64n }).map((n) => `0x${n.toString(16)}`)),
  },
  { requiredKeys: [] },
);

/** Exceptions with arbitrary, possibly dangling or looping, parent links. */
const exceptionsArb: fc.Arbitrary<ExceptionValue[]> = fc
  .array(
    fc.record({
      type: fc.option(fc.string(), { nil: undefined }),
      value: fc.option(fc.string(), { nil: undefined }),
      parentId: fc.option(fc.nat({ max: 6 }), { nil: undefined }),
      relation: fc.constantFrom('cause' as const, 'context' as const, 'group' as const, undefined),
      group: fc.boolean(),
      frames: fc.array(frameArb, { maxLength: 6 }),
    }),
    { maxLength: 6 },
  )
  .map((list) =>
    list.map((item, id) => ({
      id,
      depth: 0,
      type: item.type,
      value: item.value,
      parentId: item.parentId,
      relation: item.relation,
      mechanism: { isExceptionGroup: item.group },
      stacktrace: { frames: item.frames },
    })),
  );

describe('stack-trace functions on arbitrary events', () => {
  it('never throw, and the raw text names every exception type', () => {
    fc.assert(
      fc.property(exceptionsArb, fc.constantFrom(...PLATFORMS), (exceptions, platform) => {
        const event = makeEvent({ platform, exceptions, threads: [{ id: 0, crashed: true }] });
        const raw = formatRawEvent(event, { maxFrames: 4 });
        for (const exception of exceptions) if (exception.type) expect(raw).toContain(exception.type);
        expect(getExceptionChain(event).entries).toHaveLength(exceptions.length);
        expect(getThreads(event).defaultKey).toBe('thread:0');
        for (const exception of exceptions) buildFrameView(exception.stacktrace ?? { frames: [] }, { appOnly: true, platform });
      }),
    );
  });
});
