import { describe, expect, it } from 'vitest';
import type { Frame } from '../../../src/core/model';
import { formatRawEvent, formatRawStacktrace } from '../../../src/core/stacktrace';
import {
  cocoaEvent,
  csharpEvent,
  exceptionGroupEvent,
  javaCausedByEvent,
  javascriptEvent,
  makeEvent,
  pythonChainedEvent,
} from './sampleEvents';

const oneException = (platform: string, frames: Frame[], type = 'Error', value = 'boom') =>
  makeEvent({ platform, exceptions: [{ id: 0, depth: 0, type, value, stacktrace: { frames } }] });

describe('formatRawEvent', () => {
  it('prints a Python chain cause first, with the connecting sentences', () => {
    expect(formatRawEvent(pythonChainedEvent())).toMatchInlineSnapshot(`
      "Traceback (most recent call last):
        File "app/cache.py", line 10, in lookup
          return store[key]
      KeyError: 'user'

      During handling of the above exception, another exception occurred:

      Traceback (most recent call last):
        File "app/db.py", line 22, in connect
          raise ConnectionError("refused")
      app.db.ConnectionError: refused

      The above exception was the direct cause of the following exception:

      Traceback (most recent call last):
        File "manage.py", line 3, in <module>
          main()
        File "app/views.py", line 41, in load
          raise ValueError("cannot load user") from exc
      ValueError: cannot load user"
    `);
  });

  it('prints JavaScript newest frame first with `at fn (file:line:col)`', () => {
    expect(formatRawEvent(javascriptEvent())).toMatchInlineSnapshot(`
      "TypeError: Cannot read properties of undefined (reading 'id')
          at handler (/srv/app/routes.js:12:20)
          at processTicksAndRejections (node:internal/process/task_queues:95:5)"
    `);
  });

  it('prints Java with qualified types, tab-indented `at` lines, `Caused by:` and `... N more`', () => {
    expect(formatRawEvent(javaCausedByEvent())).toMatchInlineSnapshot(`
      "java.lang.IllegalStateException: server failed
      	at com.example.Server.start(Server.java:33)
      	at com.example.Main.main(Main.java:12)
      Caused by: java.net.BindException: Address already in use
      	at sun.nio.ch.Net.bind0(Net.java)
      	at com.example.Server.start(Server.java:30)
      	... 1 more"
    `);
  });

  it('prints .NET inner exceptions nested with `--->`, innermost frames first', () => {
    expect(formatRawEvent(csharpEvent())).toMatchInlineSnapshot(`
      "System.InvalidOperationException: Calculation failed ---> System.DivideByZeroException: Attempted to divide by zero.
         at Shop.Pricing.Divide() in C:\\src\\Shop\\Pricing.cs:line 40
         --- End of inner exception stack trace ---
         at Shop.Pricing.Total() in C:\\src\\Shop\\Pricing.cs:line 25
         at Shop.Program.Main() in C:\\src\\Shop\\Program.cs:line 9"
    `);
  });

  it('prints native frames as an image / address / symbol + offset table', () => {
    expect(formatRawEvent(cocoaEvent())).toMatchInlineSnapshot(`
      "EXC_BAD_ACCESS: Attempted to dereference null pointer.
      0   libsystem_kernel.dylib  0x00000001a0000f08  0x00000001a0000000 + 3848
      1   Demo                    0x0000000100abd0a0  -[ViewController crash] + 32
      2   Demo                    0x0000000100abc010  main + 16 (main.m:14)
      3   dyld                    0x00000001a0b1c2d4  start + 724"
    `);
  });

  it('keeps the native symbol column aligned when an address is unknown', () => {
    const frames: Frame[] = [{ function: 'main', package: 'Demo' }, { function: 'crash', package: 'Demo', instructionAddr: '0x10' }];
    const [, first, second] = formatRawEvent(oneException('native', frames)).split('\n');
    expect(first?.indexOf('crash')).toBe(second?.indexOf('main'));
    expect(second).toContain('<unknown>');
  });

  it('prints an exception group with its numbered members', () => {
    expect(formatRawEvent(exceptionGroupEvent())).toMatchInlineSnapshot(`
      "Exception Group Traceback (most recent call last):
        File "run.py", line 5, in <module>
          raise ExceptionGroup("outer", errors)
      ExceptionGroup: outer (2 sub-exceptions)
      +---------------- 1 ----------------
      | ValueError: 1
      +---------------- 2 ----------------
      | ExceptionGroup: inner (2 sub-exceptions)
      | +---------------- 1 ----------------
      | | TypeError: bad type
      | +---------------- 2 ----------------
      | | KeyError: 'k'
      | +------------------------------------
      +------------------------------------"
    `);
  });

  it('prints Go, PHP and Ruby the way each runtime does', () => {
    const frames: Frame[] = [
      { module: 'main', function: 'main', absPath: '/app/main.go', filename: 'main.go', lineNo: 5 },
      { module: 'main', function: 'run', absPath: '/app/main.go', filename: 'main.go', lineNo: 9 },
    ];
    expect(formatRawEvent(oneException('go', frames, '*errors.errorString', 'nil map'))).toMatchInlineSnapshot(`
      "*errors.errorString: nil map

      main.run(...)
      	/app/main.go:9
      main.main(...)
      	/app/main.go:5"
    `);
    expect(formatRawEvent(oneException('php', frames, 'RuntimeException'))).toMatchInlineSnapshot(`
      "RuntimeException: boom in /app/main.go:9
      Stack trace:
      #0 /app/main.go(9): run()
      #1 /app/main.go(5): main()
      #2 {main}"
    `);
    expect(formatRawEvent(oneException('ruby', frames, 'NoMethodError', "undefined method 'x'"))).toMatchInlineSnapshot(`
      "main.go:9:in \`run': undefined method 'x' (NoMethodError)
      	from main.go:5:in \`main'"
    `);
  });

  it('reads unlinked exceptions as a cause chain, the last listed raised', () => {
    const event = makeEvent({
      platform: 'java',
      exceptions: [
        { id: 0, depth: 0, type: 'Inner', value: 'root cause' },
        { id: 1, depth: 0, type: 'Outer', value: 'wrapper' },
      ],
    });
    expect(formatRawEvent(event)).toBe('Outer: wrapper\nCaused by: Inner: root cause');
  });

  it("takes an exception's frames from its thread when the exception has none", () => {
    const event = cocoaEvent();
    const exception = event.exceptions[0];
    if (exception === undefined) throw new Error('fixture changed');
    const frames = exception.stacktrace?.frames ?? [];
    delete exception.stacktrace;
    event.threads[1] = { id: 0, crashed: true, stacktrace: { frames } };
    expect(formatRawEvent(event)).toContain('-[ViewController crash] + 32');
  });

  it('falls back to the event stack trace, then to the threads, then to the title', () => {
    const stack = makeEvent({ platform: 'python', title: 'oops', stacktrace: { frames: [{ filename: 'a.py', function: 'f', lineNo: 1 }] } });
    expect(formatRawEvent(stack)).toBe('Traceback (most recent call last):\n  File "a.py", line 1, in f\noops');
    const threads = cocoaEvent();
    threads.exceptions = [];
    expect(formatRawEvent(threads)).toMatch(/^Thread 1 name: {2}com\.apple\.uikit\.eventfetch-thread\nThread 1:\n0 /);
    expect(formatRawEvent(makeEvent({ title: 'Just a message' }))).toBe('Just a message');
  });

  it('keeps only in-app frames and the newest ones when asked, noting how many were left out', () => {
    const text = formatRawEvent(javaCausedByEvent(), { inAppOnly: true, maxFrames: 1 });
    expect(text).toContain('\tat com.example.Server.start(Server.java:33)\n    ... 1 frame not shown');
    expect(text).not.toContain('Main.java');
    expect(text).not.toContain('sun.nio.ch.Net');
    const python = formatRawEvent(pythonChainedEvent(), { maxFrames: 1 });
    expect(python).toContain('Traceback (most recent call last):\n    ... 1 frame not shown\n  File "app/views.py"');
  });
});

describe('formatRawStacktrace', () => {
  it('prints the minified or unsymbolicated trace when asked', () => {
    const event = javascriptEvent();
    const exception = event.exceptions[0];
    if (exception === undefined) throw new Error('fixture changed');
    exception.rawStacktrace = { frames: [{ function: 'n', absPath: 'https://cdn.example.com/app.min.js', lineNo: 1, colNo: 3012 }] };
    expect(formatRawStacktrace(exception, 'javascript', { unprocessed: true })).toContain('at n (https://cdn.example.com/app.min.js:1:3012)');
    expect(formatRawEvent(event, { unprocessed: true })).not.toContain('routes.js');
    expect(formatRawEvent(event)).toContain('routes.js');
  });


  it('prints one exception alone in its platform format', () => {
    const exception = javaCausedByEvent().exceptions[0];
    expect(exception && formatRawStacktrace(exception, 'android')).toBe(
      'java.net.BindException: Address already in use\n\tat sun.nio.ch.Net.bind0(Net.java)\n\tat com.example.Server.start(Server.java:30)\n\tat com.example.Main.main(Main.java:12)',
    );
  });

  it('prints a thread under a heading in its platform format', () => {
    const thread = { id: 3, name: 'worker', state: 'Blocked', stacktrace: { frames: [{ module: 'a.B', function: 'c', filename: 'B.java', lineNo: 4 }] } };
    expect(formatRawStacktrace(thread, 'java')).toBe('"worker" #3\n   java.lang.Thread.State: BLOCKED\n\tat a.B.c(B.java:4)');
    expect(formatRawStacktrace({ id: 3, crashed: true }, 'python')).toBe('Thread 3 (crashed):');
  });

  it('falls back to the JavaScript style for unknown platforms', () => {
    const frames: Frame[] = [{ function: 'f', filename: 'x.cr', lineNo: 2 }, { filename: 'y.cr' }];
    expect(formatRawEvent(oneException('crystal', frames))).toBe('Error: boom\n    at y.cr\n    at f (x.cr:2)');
  });
});
