import type { Event, LogMessage } from '../model';
import { setKey } from './reader';

/** Keeps a top-level input value in the event's `extra` bag under its input key. */
export function addExtra(event: Event, key: string, value: unknown): void {
  event.extra ??= {};
  setKey(event.extra, key, value);
}

/** Sets the event's message; keys LogMessage does not name go to the event's bag under the input key. */
export function setMessage(event: Event, message: LogMessage & { extra?: unknown }, key: string): void {
  if (message.extra !== undefined) {
    addExtra(event, key, message.extra);
    delete message.extra;
  }
  event.message = message;
}
