import { describe, expect, it } from 'vitest';
import { getExceptionStacktrace, getThreads } from '../../../src/core/stacktrace';
import { cocoaEvent, makeEvent } from './sampleEvents';

describe('getThreads', () => {
  it('puts the crashed thread first and selects it', () => {
    const list = getThreads(cocoaEvent());
    expect(list.threads.map((entry) => entry.label)).toEqual(['main', 'com.apple.uikit.eventfetch-thread']);
    expect(list.defaultKey).toBe('thread:0');
  });

  it("links the exception by threadId and shows its stack for a thread that has none", () => {
    const [crashed] = getThreads(cocoaEvent()).threads;
    expect(crashed?.exceptions.map((exception) => exception.type)).toEqual(['EXC_BAD_ACCESS']);
    expect(crashed?.stacktrace?.frames).toHaveLength(4);
  });

  it('orders crashed, then current, then main, then input order', () => {
    const event = makeEvent({
      threads: [
        { id: 'a' },
        { id: 'b', main: true },
        { id: 'c', current: true },
        { id: 'd' },
        { id: 'e', crashed: true },
      ],
    });
    expect(getThreads(event).threads.map((entry) => entry.thread.id)).toEqual(['e', 'c', 'b', 'a', 'd']);
  });

  it("selects the raised exception's thread when no thread crashed", () => {
    const event = makeEvent({
      threads: [{ id: 1, current: true }, { id: 2 }],
      exceptions: [{ id: 0, depth: 0, type: 'Error', threadId: '2' }],
    });
    expect(getThreads(event).defaultKey).toBe('thread:2');
  });

  it('gives threads without id or with repeated ids unique keys and a label', () => {
    const list = getThreads(makeEvent({ threads: [{ name: 'worker' }, {}, { id: 7 }, { id: 7 }] }));
    const keys = list.threads.map((entry) => entry.key);
    expect(new Set(keys).size).toBe(4);
    expect(list.threads.map((entry) => entry.label)).toEqual(['worker', 'Thread #1', 'Thread 7', 'Thread 7']);
    expect(list.defaultKey).toBe(keys[0]);
  });

  it('has no default for an event without threads', () => {
    expect(getThreads(makeEvent({}))).toEqual({ threads: [], defaultKey: undefined });
  });
});

describe('getExceptionStacktrace', () => {
  it("falls back to the stack of the exception's thread", () => {
    const event = makeEvent({ threads: [{ id: 5, stacktrace: { frames: [{ function: 'onThread' }] } }] });
    const exception = { id: 0, depth: 0, threadId: 5 };
    expect(getExceptionStacktrace(event, exception)?.frames[0]?.function).toBe('onThread');
    expect(getExceptionStacktrace(event, { ...exception, threadId: 6 })).toBeUndefined();
  });

  it('prefers the unprocessed trace only when asked and when there is one', () => {
    const event = makeEvent({});
    const exception = {
      id: 0,
      depth: 0,
      stacktrace: { frames: [{ function: 'handleClick' }] },
      rawStacktrace: { frames: [{ function: 'a' }] },
    };
    expect(getExceptionStacktrace(event, exception)?.frames[0]?.function).toBe('handleClick');
    expect(getExceptionStacktrace(event, exception, true)?.frames[0]?.function).toBe('a');
    expect(getExceptionStacktrace(event, { ...exception, rawStacktrace: undefined }, true)?.frames[0]?.function).toBe(
      'handleClick',
    );
  });
});
