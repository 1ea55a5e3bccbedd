// Events made for the stack-trace stories: threads, huge traces and hostile text, as raw Sentry
// JSON (snake_case) so the stories go through the normalizer like real input.

interface RawFrame {
  function?: string;
  module?: string;
  filename?: string;
  abs_path?: string;
  lineno?: number;
  colno?: number;
  in_app?: boolean;
  package?: string;
  instruction_addr?: string;
  pre_context?: string[];
  context_line?: string;
  post_context?: string[];
  vars?: Record<string, unknown>;
}

const exceptionEvent = (platform: string, type: string, value: string, frames: RawFrame[]) => ({
  event_id: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
  platform,
  level: 'error',
  exception: { values: [{ type, value, mechanism: { type: 'onerror', handled: false }, stacktrace: { frames } }] },
});

/** A stack overflow: 10,000 frames, `walk → visit → enter` repeated between app frames. */
export function hugeRecursionEvent() {
  const cycle: RawFrame[] = [
    { function: 'walk', filename: 'src/tree.js', lineno: 10, colno: 5, in_app: true },
    { function: 'visit', filename: 'src/tree.js', lineno: 20, colno: 9, in_app: true },
    { function: 'enter', filename: 'node_modules/visitor/index.js', lineno: 5, colno: 3, in_app: false },
  ];
  const frames: RawFrame[] = [{ function: 'main', filename: 'src/index.js', lineno: 1, in_app: true }];
  while (frames.length < 9_999) frames.push(...cycle.map((frame) => ({ ...frame })));
  frames.length = 9_999;
  frames.push({
    function: 'fail',
    filename: 'src/tree.js',
    lineno: 99,
    colno: 11,
    in_app: true,
    pre_context: ['function fail(node) {'],
    context_line: '  throw new RangeError("Maximum call stack size exceeded");',
    post_context: ['}'],
  });
  return exceptionEvent('javascript', 'RangeError', 'Maximum call stack size exceeded', frames);
}

/** 10,000 distinct app frames: nothing folds, so the list must virtualize. */
export function hugeFlatEvent() {
  const frames: RawFrame[] = Array.from({ length: 10_000 }, (_, i) => ({
    function: `step${i}`,
    module: `app.pipeline.stage${Math.floor(i / 100)}`,
    filename: `app/pipeline/stage${Math.floor(i / 100)}.py`,
    lineno: (i % 400) + 1,
    in_app: true,
    ...(i === 9_999 ? { context_line: '    raise PipelineError(step)', pre_context: ['def step9999(step):'], vars: { step: 9999 } } : {}),
  }));
  return exceptionEvent('python', 'PipelineError', '10,000 nested steps', frames);
}

const HOSTILE = '<img src=x onerror="alert(1)"><script>alert("xss")</script>';

/** HTML and script in every string a trace shows; `javascript:` URLs in paths. */
export function hostileEvent() {
  return {
    event_id: 'ffffffffffffffffffffffffffffffff',
    platform: 'javascript',
    exception: {
      values: [
        {
          type: `${HOSTILE}Error`,
          value: `${HOSTILE} ${'x'.repeat(5000)}`,
          mechanism: { type: '<b>onerror</b>', handled: true },
          stacktrace: {
            frames: [
              { function: '<script>steal()</script>', filename: 'javascript:alert(1)', lineno: 1, in_app: false },
              {
                function: `render${HOSTILE}`,
                module: '<iframe src="javascript:alert(1)">',
                abs_path: 'javascript:alert(document.cookie)',
                filename: 'app/<b>view</b>.js',
                lineno: 42,
                colno: 7,
                in_app: true,
                pre_context: ['<style>*{display:none}</style>'],
                context_line: `el.innerHTML = "${HOSTILE}";`,
                post_context: [''],
                vars: { html: HOSTILE, nested: { '<k>': '<v onclick=alert(1)>' }, password: '[Filtered]' },
              },
            ],
          },
        },
      ],
    },
  };
}

/** A crash on a worker thread with two other threads, each with its own stack. */
export function threadsEvent() {
  return {
    event_id: '0123456789abcdef0123456789abcdef',
    platform: 'cocoa',
    exception: {
      values: [
        {
          type: 'EXC_BAD_ACCESS',
          value: 'Attempted to dereference null pointer.',
          thread_id: 3,
          mechanism: { type: 'mach', handled: false },
          stacktrace: {
            frames: [
              { function: 'start', package: '/usr/lib/dyld', instruction_addr: '0x1a0b1c2d4', in_app: false },
              { function: '-[Worker run]', package: '/var/containers/Demo.app/Demo', instruction_addr: '0x100abd0a0', in_app: true, filename: 'Worker.m', lineno: 31 },
            ],
          },
        },
      ],
    },
    threads: {
      values: [
        { id: 0, name: 'main', main: true, stacktrace: { frames: [{ function: 'UIApplicationMain', package: 'UIKitCore', instruction_addr: '0x18c0a1000' }] } },
        { id: 1, name: 'com.apple.uikit.eventfetch-thread', stacktrace: { frames: [{ function: 'mach_msg_trap', package: 'libsystem_kernel.dylib', instruction_addr: '0x1a0000100' }] } },
        { id: 3, name: 'worker', crashed: true },
      ],
    },
  };
}

/** A log message without any stack: the view shows its empty state. */
export const emptyEvent = { event_id: '00000000000000000000000000000000', message: 'Nightly job finished', level: 'info' };

/** A host code-browser link for app frames, and a hostile one for the others. */
export function sourceLinkFor(frame: { filename?: string; lineNo?: number; inApp?: boolean }): string | undefined {
  if (frame.filename === undefined) return undefined;
  if (frame.inApp !== true) return `javascript:alert(${JSON.stringify(frame.filename)})`;
  return `https://code.example.com/blob/main/${encodeURI(frame.filename)}#L${frame.lineNo ?? 1}`;
}

/** A trace whose SDK marked no frame as the app's own: nothing can fold to app frames. */
export function noAppFramesEvent() {
  return exceptionEvent('python', 'TimeoutError', 'worker did not answer', [
    { function: 'run', module: 'worker.loop', filename: 'worker/loop.py', lineno: 40, in_app: false },
    { function: 'wait', module: 'socket', filename: 'socket.py', lineno: 712 },
  ]);
}
