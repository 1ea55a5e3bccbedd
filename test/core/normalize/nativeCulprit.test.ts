import { describe, expect, it } from 'vitest';
import { normalizeEvent } from '../../../src/core';

// Native and Cocoa frames carry a function and a binary (`package`), no module or file: the issue
// list showed "—" for every such issue until the culprit took the function, as Sentry's does.
describe('culprit of native events', () => {
  const frames = [
    { function: '_pthread_start', package: 'libsystem_pthread.dylib', in_app: false },
    { function: 'crash_here', package: 'MyApp', in_app: true },
    { function: 'objc_msgSend', package: 'libobjc.A.dylib', in_app: false },
  ];

  it.each(['cocoa', 'native', 'objc'])('is the in-app function for platform %s', (platform) => {
    expect(normalizeEvent({ platform, exception: [{ type: 'EXC_BAD_ACCESS', stacktrace: { frames } }] }).value.culprit).toBe('crash_here');
  });

  it('follows a frame platform over the event one', () => {
    const mixed = [{ function: 'native_fn', package: 'lib.so', in_app: true, platform: 'native' }];
    expect(normalizeEvent({ platform: 'java', exception: [{ type: 'E', stacktrace: { frames: mixed } }] }).value.culprit).toBe('native_fn');
  });

  it('stays empty for a location-less frame elsewhere, where a bare function would mislead', () => {
    expect(normalizeEvent({ platform: 'python', exception: [{ type: 'E', stacktrace: { frames: [{ function: 'f' }] } }] }).value.culprit).toBeUndefined();
  });
});
