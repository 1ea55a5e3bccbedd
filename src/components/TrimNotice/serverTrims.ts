import type { Event } from '../../core';

/** What a server cut from an event, by Sentry's `_meta` `len` notes (original length beside the kept one). */
export interface ServerTrims {
  /** Chained exceptions left out of `exception.values`. */
  exceptions: number;
  /** Frames left out, over every stack trace of the event. */
  frames: number;
  breadcrumbs: number;
}

const FRAMES_PATH = /^(?:(exceptions|threads)\[(\d+)\]\.)?stacktrace\.frames$/;

function cut(original: number | undefined, kept: number): number {
  return typeof original === 'number' && Number.isFinite(original) && original > kept ? Math.floor(original - kept) : 0;
}

/**
 * Counts the cuts a server noted in `_meta` (the local server's `trimEvent`, or Relay): a `len`
 * on a list is how long it was before, so the difference from what is left was cut.
 */
export function getServerTrims(event: Event): ServerTrims {
  const meta = event.meta ?? {};
  const trims: ServerTrims = {
    exceptions: cut(meta.exceptions?.len, event.exceptions.length),
    frames: 0,
    breadcrumbs: cut(meta.breadcrumbs?.len, event.breadcrumbs.length),
  };
  for (const path of Object.keys(meta)) {
    const match = FRAMES_PATH.exec(path);
    if (!match) continue;
    const [, list, index] = match;
    const owner = list === 'exceptions' ? event.exceptions[Number(index)] : list === 'threads' ? event.threads[Number(index)] : event;
    trims.frames += cut(meta[path]?.len, owner?.stacktrace?.frames.length ?? 0);
  }
  return trims;
}
