/** Events with thousands of exceptions, as SDK payloads, for tests that every part of the kit copes. */

const frames = (index: number) => [
  { function: 'main', filename: 'app.js', lineno: 1, in_app: true },
  { function: `retry${index}`, filename: 'retry.js', lineno: index + 1, in_app: true },
];

/** `count` exceptions linked by `mechanism.parent_id`, each caused by the next: a chain `count` deep. */
export function chainedExceptionsEvent(count: number): Record<string, unknown> {
  const values = Array.from({ length: count }, (_, index) => ({
    type: `Error${index}`,
    value: `failure ${index}`,
    stacktrace: { frames: frames(index) },
    mechanism: { type: 'chained', source: 'cause', exception_id: index, ...(index === 0 ? {} : { parent_id: index - 1 }) },
  }));
  // Sentry lists the raised exception last; here it is the one every other one hangs under.
  values.reverse();
  return { event_id: 'c'.repeat(32), platform: 'javascript', exception: { values } };
}

/** `count` exceptions with no chain data: the plain list Sentry reads as each caused by the next. */
export function flatExceptionsEvent(count: number): Record<string, unknown> {
  const values = Array.from({ length: count }, (_, index) => ({
    type: `Error${index}`,
    value: `failure ${index}`,
    stacktrace: { frames: frames(index) },
  }));
  return { event_id: 'f'.repeat(32), platform: 'javascript', exception: { values } };
}
