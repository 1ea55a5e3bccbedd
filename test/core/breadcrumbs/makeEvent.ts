import type { Event } from '../../../src/core/model';

/** A minimal canonical event with the given fields set. */
export function makeEvent(fields: Partial<Event> = {}): Event {
  return {
    schema: 'faultline.event/1',
    title: 'TypeError: x is undefined',
    level: 'error',
    timestamp: '2024-03-04T12:00:00.000Z',
    exceptions: [{ type: 'TypeError', value: 'x is undefined', id: 0, depth: 0 }],
    threads: [],
    breadcrumbs: [],
    contexts: {},
    tags: [],
    ...fields,
  };
}
