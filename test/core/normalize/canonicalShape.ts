import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { type Event, type Issue, LEVELS } from '../../../src/core';

const schema = JSON.parse(readFileSync(join(__dirname, '../../../schema.json'), 'utf8')) as { $id: string };
const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
ajv.addSchema(schema);

/** Validates a value against a `$defs` entry of the shipped `schema.json`; returns the error list. */
function schemaErrors(name: string, value: unknown): string[] {
  const validate = ajv.getSchema(`${schema.$id}#/$defs/${name}`);
  if (validate === undefined) throw new Error(`schema.json has no ${name}`);
  return validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

/** Errors of a canonical event against schema.json's `FaultlineEvent`. */
export const eventSchemaErrors = (event: Event) => schemaErrors('FaultlineEvent', event);

/** Errors of a canonical issue against schema.json's `FaultlineIssue`. */
export const issueSchemaErrors = (issue: Issue) => schemaErrors('FaultlineIssue', issue);

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const optional = (value: unknown, check: (value: unknown) => boolean) => value === undefined || check(value);
const isString = (value: unknown) => typeof value === 'string';
const isTimestamp = (value: unknown) => typeof value === 'string' && ISO.test(value);
const isStringList = (value: unknown) => Array.isArray(value) && value.every(isString);
const isPairs = (value: unknown) =>
  Array.isArray(value) && value.every((pair) => Array.isArray(pair) && pair.length === 2 && pair.every(isString));

function isStacktrace(value: unknown): boolean {
  return (
    isRecord(value) &&
    Array.isArray(value.frames) &&
    value.frames.every(
      (frame) =>
        isRecord(frame) &&
        optional(frame.lineNo, Number.isSafeInteger) &&
        optional(frame.inApp, (inApp) => typeof inApp === 'boolean') &&
        optional(frame.preContext, isStringList) &&
        optional(frame.function, isString),
    )
  );
}

/** Runtime check of the canonical event shape: the parts components rely on without checking. */
export function isCanonicalEvent(event: Event): boolean {
  const value: unknown = event;
  if (!isRecord(value) || value.schema !== 'faultline.event/1' || typeof value.title !== 'string') return false;
  const { exceptions, threads, breadcrumbs, tags, contexts } = event;
  return (
    Array.isArray(exceptions) &&
    exceptions.every(
      (exception) =>
        Number.isSafeInteger(exception.id) &&
        Number.isSafeInteger(exception.depth) &&
        optional(exception.stacktrace, isStacktrace) &&
        optional(exception.type, isString),
    ) &&
    Array.isArray(threads) &&
    threads.every((thread) => optional(thread.stacktrace, isStacktrace)) &&
    Array.isArray(breadcrumbs) &&
    breadcrumbs.every((crumb) => optional(crumb.timestamp, isTimestamp) && optional(crumb.level, (l) => LEVELS.includes(l as never))) &&
    Array.isArray(tags) &&
    tags.every((tag) => isString(tag.key) && isString(tag.value)) &&
    isRecord(contexts) &&
    Object.values(contexts).every((context) => isRecord(context) && isString(context.type)) &&
    optional(event.level, (level) => LEVELS.includes(level as never)) &&
    optional(event.timestamp, isTimestamp) &&
    optional(event.fingerprint, isStringList) &&
    optional(event.stacktrace, isStacktrace) &&
    optional(event.request?.headers, isPairs) &&
    optional(event.request?.query, isPairs) &&
    optional(event.user?.id, isString)
  );
}

/** Runtime check of the canonical issue shape. */
export function isCanonicalIssue(issue: Issue): boolean {
  return (
    issue.schema === 'faultline.issue/1' &&
    typeof issue.id === 'string' &&
    typeof issue.title === 'string' &&
    typeof issue.status === 'string' &&
    Number.isSafeInteger(issue.count) &&
    issue.count >= 0 &&
    Number.isSafeInteger(issue.userCount) &&
    optional(issue.lastSeen, isTimestamp) &&
    optional(issue.level, (level) => LEVELS.includes(level as never))
  );
}
