import { describe, expect, it } from 'vitest';
import { EXCEPTION_LINK_LABELS, getExceptionChain } from '../../../src/core/stacktrace';
import { exceptionGroupEvent, javaCausedByEvent, makeEvent, pythonChainedEvent } from './sampleEvents';

const summary = (event: ReturnType<typeof makeEvent>) =>
  getExceptionChain(event).entries.map((entry) => [entry.exception.type, entry.depth, entry.link]);

describe('getExceptionChain', () => {
  it('puts the raised exception first, then its cause, then what was being handled', () => {
    expect(summary(pythonChainedEvent())).toEqual([
      ['ValueError', 0, undefined],
      ['ConnectionError', 1, 'caused-by'],
      ['KeyError', 2, 'during-handling-of'],
    ]);
  });

  it('links Java causes and names the raised exception', () => {
    const chain = getExceptionChain(javaCausedByEvent());
    expect(chain.raised?.exception.type).toBe('IllegalStateException');
    expect(chain.raised?.children.map((child) => child.exception.type)).toEqual(['BindException']);
    expect(chain.entries[1]?.parentIndex).toBe(1);
    expect(EXCEPTION_LINK_LABELS[chain.entries[1]?.link ?? 'group-member']).toBe('Caused by');
  });

  it('shows exception groups as a tree with members in their group order', () => {
    const chain = getExceptionChain(exceptionGroupEvent());
    expect(summary(exceptionGroupEvent())).toEqual([
      ['ExceptionGroup', 0, undefined],
      ['ValueError', 1, 'group-member'],
      ['ExceptionGroup', 1, 'group-member'],
      ['TypeError', 2, 'group-member'],
      ['KeyError', 2, 'group-member'],
    ]);
    expect(chain.roots).toHaveLength(1);
    expect(chain.entries.filter((entry) => entry.isGroup)).toHaveLength(2);
  });

  it('treats a member of a group as a group member even when no relation was recorded', () => {
    const event = exceptionGroupEvent();
    for (const exception of event.exceptions) delete exception.relation;
    expect(getExceptionChain(event).entries.slice(1).every((entry) => entry.link === 'group-member')).toBe(true);
  });

  it('keeps exceptions without links as roots, last listed first', () => {
    const event = makeEvent({
      exceptions: [
        { id: 0, depth: 0, type: 'Inner' },
        { id: 1, depth: 0, type: 'Outer' },
      ],
    });
    const chain = getExceptionChain(event);
    expect(chain.roots.map((root) => root.exception.type)).toEqual(['Outer', 'Inner']);
    expect(chain.raised?.exception.type).toBe('Outer');
  });

  it('survives parent loops and dangling parents without losing an exception', () => {
    const event = makeEvent({
      exceptions: [
        { id: 0, parentId: 1, depth: 1, type: 'A' },
        { id: 1, parentId: 0, depth: 1, type: 'B' },
        { id: 2, parentId: 99, depth: 1, type: 'C' },
      ],
    });
    const chain = getExceptionChain(event);
    expect(chain.entries.map((entry) => entry.exception.type).sort()).toEqual(['A', 'B', 'C']);
    expect(chain.raised?.exception.type).toBe('C');
  });

  it('returns an empty chain for an event without exceptions', () => {
    const chain = getExceptionChain(makeEvent({}));
    expect(chain.entries).toEqual([]);
    expect(chain.raised).toBeUndefined();
  });
});
