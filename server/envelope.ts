import { HttpError, isRecord, parseJson } from './http';

/** One item of an envelope: its header and raw payload bytes. */
export interface EnvelopeItem {
  type: string;
  header: Record<string, unknown>;
  payload: Buffer;
}

/** A parsed envelope: its header (`event_id`, `dsn`, `sent_at`…) and items. */
export interface Envelope {
  header: Record<string, unknown>;
  items: EnvelopeItem[];
}

const NEWLINE = 0x0a;

/** Upper bound on items, so a body of a million empty lines cannot pin the CPU. */
const MAX_ITEMS = 1000;

function readLine(body: Buffer, start: number): { line: Buffer; next: number } {
  const end = body.indexOf(NEWLINE, start);
  return end === -1 ? { line: body.subarray(start), next: body.length } : { line: body.subarray(start, end), next: end + 1 };
}

function readHeader(line: Buffer, what: string): Record<string, unknown> {
  const value = parseJson(line.toString('utf8'), what);
  if (!isRecord(value)) throw new HttpError(400, `${what} must be a JSON object`);
  return value;
}

/**
 * Parses Sentry's envelope format: a header line, then per item a header line and a payload,
 * either exactly `length` bytes (then an optional newline) or up to the next newline.
 */
export function parseEnvelope(body: Buffer): Envelope {
  if (body.length === 0) throw new HttpError(400, 'envelope is empty');
  const first = readLine(body, 0);
  const header = readHeader(first.line, 'envelope header');
  const items: EnvelopeItem[] = [];
  let offset = first.next;
  while (offset < body.length) {
    const headerLine = readLine(body, offset);
    offset = headerLine.next;
    // Trailing newlines after the last item are common and mean nothing.
    if (headerLine.line.length === 0 && offset >= body.length) break;
    if (items.length >= MAX_ITEMS) throw new HttpError(400, `envelope has more than ${MAX_ITEMS} items`);
    const itemHeader = readHeader(headerLine.line, `envelope item ${items.length} header`);
    const type = itemHeader.type;
    if (typeof type !== 'string' || type === '') throw new HttpError(400, `envelope item ${items.length} has no type`);
    let payload: Buffer;
    if (itemHeader.length !== undefined) {
      const length = itemHeader.length;
      if (typeof length !== 'number' || !Number.isInteger(length) || length < 0) {
        throw new HttpError(400, `envelope item ${items.length} has an invalid length`);
      }
      if (offset + length > body.length) throw new HttpError(400, `envelope item ${items.length} is shorter than its length ${length}`);
      payload = body.subarray(offset, offset + length);
      offset += length;
      if (body[offset] === NEWLINE) offset++;
    } else {
      const payloadLine = readLine(body, offset);
      payload = payloadLine.line;
      offset = payloadLine.next;
    }
    items.push({ type, header: itemHeader, payload });
  }
  return { header, items };
}

/** The JSON object of an `event` item; a payload that is not one is a 400. */
export function readEventPayload(item: EnvelopeItem, index: number): Record<string, unknown> {
  const value = parseJson(item.payload.toString('utf8'), `envelope item ${index} (${item.type}) payload`);
  if (!isRecord(value)) throw new HttpError(400, `envelope item ${index} (${item.type}) payload must be a JSON object`);
  return value;
}
