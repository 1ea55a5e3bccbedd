import type { Event, ExceptionValue, Frame, Thread } from '../../../src/core/model';

/** A canonical event with only the required fields, for tests to extend. */
export function makeEvent(fields: Partial<Event>): Event {
  return {
    schema: 'faultline.event/1',
    title: 'Untitled',
    exceptions: [],
    threads: [],
    breadcrumbs: [],
    contexts: {},
    tags: [],
    ...fields,
  };
}

/** Python: `KeyError` handled while a `ValueError` was raised `from` a `ConnectionError`. */
export function pythonChainedEvent(): Event {
  const exceptions: ExceptionValue[] = [
    {
      id: 2,
      parentId: 1,
      relation: 'context',
      depth: 2,
      type: 'KeyError',
      value: "'user'",
      module: 'builtins',
      stacktrace: {
        frames: [{ filename: 'app/cache.py', function: 'lookup', lineNo: 10, contextLine: '    return store[key]', inApp: true }],
      },
    },
    {
      id: 1,
      parentId: 0,
      relation: 'cause',
      depth: 1,
      type: 'ConnectionError',
      value: 'refused',
      module: 'app.db',
      stacktrace: {
        frames: [{ filename: 'app/db.py', function: 'connect', lineNo: 22, contextLine: '        raise ConnectionError("refused")', inApp: true }],
      },
    },
    {
      id: 0,
      depth: 0,
      type: 'ValueError',
      value: 'cannot load user',
      stacktrace: {
        frames: [
          { filename: 'manage.py', function: '<module>', lineNo: 3, contextLine: 'main()', inApp: true },
          {
            filename: 'app/views.py',
            function: 'load',
            lineNo: 41,
            preContext: ['def load(uid):', '    try:'],
            contextLine: '        raise ValueError("cannot load user") from exc',
            postContext: ['    finally:'],
            vars: { uid: 7, exc: "ConnectionError('refused')" },
            inApp: true,
          },
        ],
      },
    },
  ];
  return makeEvent({ platform: 'python', title: 'ValueError: cannot load user', level: 'error', exceptions });
}

/** Node: a `TypeError` with one library frame. */
export function javascriptEvent(): Event {
  return makeEvent({
    platform: 'javascript',
    title: "TypeError: Cannot read properties of undefined (reading 'id')",
    exceptions: [
      {
        id: 0,
        depth: 0,
        type: 'TypeError',
        value: "Cannot read properties of undefined (reading 'id')",
        stacktrace: {
          frames: [
            { function: 'processTicksAndRejections', filename: 'node:internal/process/task_queues', lineNo: 95, colNo: 5, inApp: false },
            { function: 'handler', absPath: '/srv/app/routes.js', filename: 'routes.js', lineNo: 12, colNo: 20, inApp: true },
          ],
        },
      },
    ],
  });
}

/** Java: `IllegalStateException` caused by a `java.net.BindException`. */
export function javaCausedByEvent(): Event {
  return makeEvent({
    platform: 'java',
    title: 'IllegalStateException: server failed',
    exceptions: [
      {
        id: 1,
        parentId: 0,
        relation: 'cause',
        depth: 1,
        type: 'BindException',
        module: 'java.net',
        value: 'Address already in use',
        stacktrace: {
          frames: [
            { module: 'com.example.Main', function: 'main', filename: 'Main.java', lineNo: 12, inApp: true },
            { module: 'com.example.Server', function: 'start', filename: 'Server.java', lineNo: 30, inApp: true },
            { module: 'sun.nio.ch.Net', function: 'bind0', filename: 'Net.java', inApp: false },
          ],
        },
      },
      {
        id: 0,
        depth: 0,
        type: 'IllegalStateException',
        module: 'java.lang',
        value: 'server failed',
        stacktrace: {
          frames: [
            { module: 'com.example.Main', function: 'main', filename: 'Main.java', lineNo: 12, inApp: true },
            { module: 'com.example.Server', function: 'start', filename: 'Server.java', lineNo: 33, inApp: true },
          ],
        },
      },
    ],
  });
}

/** Cocoa: a crash with symbolicated addresses on thread 0 and a second, idle thread. */
export function cocoaEvent(): Event {
  const crashedFrames: Frame[] = [
    { package: '/usr/lib/dyld', function: 'start', instructionAddr: '0x1a0b1c2d4', symbolAddr: '0x1a0b1c000', inApp: false },
    {
      package: '/private/var/containers/Bundle/Application/X/Demo.app/Demo',
      function: 'main',
      instructionAddr: '0x100abc010',
      symbolAddr: '0x100abc000',
      filename: 'main.m',
      lineNo: 14,
      inApp: true,
    },
    {
      package: '/private/var/containers/Bundle/Application/X/Demo.app/Demo',
      function: '-[ViewController crash]',
      instructionAddr: '0x100abd0a0',
      symbolAddr: '0x100abd080',
      inApp: true,
    },
    { package: '/usr/lib/system/libsystem_kernel.dylib', instructionAddr: '0x1a0000f08', imageAddr: '0x1a0000000', inApp: false },
  ];
  const threads: Thread[] = [
    { id: 1, name: 'com.apple.uikit.eventfetch-thread', stacktrace: { frames: [{ function: 'mach_msg_trap', package: 'libsystem_kernel.dylib', instructionAddr: '0x1a0000100' }] } },
    { id: 0, name: 'main', crashed: true, current: true, main: true },
  ];
  return makeEvent({
    platform: 'cocoa',
    title: 'EXC_BAD_ACCESS: Attempted to dereference null pointer.',
    exceptions: [
      { id: 0, depth: 0, type: 'EXC_BAD_ACCESS', value: 'Attempted to dereference null pointer.', threadId: 0, stacktrace: { frames: crashedFrames } },
    ],
    threads,
  });
}

/** .NET: an `InvalidOperationException` wrapping a `DivideByZeroException`. */
export function csharpEvent(): Event {
  return makeEvent({
    platform: 'csharp',
    title: 'System.InvalidOperationException: Calculation failed',
    exceptions: [
      {
        id: 1,
        parentId: 0,
        relation: 'cause',
        depth: 1,
        type: 'System.DivideByZeroException',
        module: 'System.Private.CoreLib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e',
        value: 'Attempted to divide by zero.',
        stacktrace: {
          frames: [{ module: 'Shop.Pricing', function: 'Divide', filename: 'Pricing.cs', absPath: 'C:\\src\\Shop\\Pricing.cs', lineNo: 40, inApp: true }],
        },
      },
      {
        id: 0,
        depth: 0,
        type: 'System.InvalidOperationException',
        value: 'Calculation failed',
        stacktrace: {
          frames: [
            { module: 'Shop.Program', function: 'Main', absPath: 'C:\\src\\Shop\\Program.cs', lineNo: 9, inApp: true },
            { module: 'Shop.Pricing', function: 'Total', absPath: 'C:\\src\\Shop\\Pricing.cs', lineNo: 25, inApp: true },
          ],
        },
      },
    ],
  });
}

/** Python 3.11 exception group: `ExceptionGroup('outer', [ValueError, ExceptionGroup('inner', [TypeError, KeyError])])`. */
export function exceptionGroupEvent(): Event {
  const group = { isExceptionGroup: true };
  return makeEvent({
    platform: 'python',
    title: 'ExceptionGroup: outer (2 sub-exceptions)',
    exceptions: [
      { id: 4, parentId: 2, relation: 'group', depth: 2, type: 'KeyError', value: "'k'" },
      { id: 3, parentId: 2, relation: 'group', depth: 2, type: 'TypeError', value: 'bad type' },
      { id: 2, parentId: 0, relation: 'group', depth: 1, type: 'ExceptionGroup', value: 'inner (2 sub-exceptions)', mechanism: group },
      { id: 1, parentId: 0, relation: 'group', depth: 1, type: 'ValueError', value: '1' },
      {
        id: 0,
        depth: 0,
        type: 'ExceptionGroup',
        value: 'outer (2 sub-exceptions)',
        mechanism: group,
        stacktrace: { frames: [{ filename: 'run.py', function: '<module>', lineNo: 5, contextLine: 'raise ExceptionGroup("outer", errors)', inApp: true }] },
      },
    ],
  });
}

/**
 * A stack overflow: `main` → `parse` then `(walk → visit → enter)` repeated `cycles` times,
 * then the crashing `fail`; about 3 · cycles frames.
 */
export function recursionFrames(cycles: number): Frame[] {
  const cycle: Frame[] = [
    { function: 'walk', filename: 'tree.js', lineNo: 10, inApp: true },
    { function: 'visit', filename: 'tree.js', lineNo: 20, inApp: true },
    { function: 'enter', filename: 'lib/visitor.js', lineNo: 5, inApp: false },
  ];
  const frames: Frame[] = [
    { function: 'main', filename: 'index.js', lineNo: 1, inApp: true },
    { function: 'parse', filename: 'lib/parser.js', lineNo: 2, inApp: false },
  ];
  for (let i = 0; i < cycles; i++) frames.push(...cycle.map((frame) => ({ ...frame })));
  frames.push({ function: 'fail', filename: 'tree.js', lineNo: 99, inApp: true });
  return frames;
}
