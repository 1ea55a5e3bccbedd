import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { normalizeEvent, normalizeIssue } from '../../../src/core';
import { eventFixtures, FIXTURES, folderFixtures, readJson } from './loadFixtures';

type Leaf = string | number | boolean;

/**
 * Every scalar of a document. The line numbers of the Web API's `context: [[lineNo, text]]`
 * are left out: the normalizer turns them into pre/post context around the frame's `lineNo`;
 * so is each entry's `type`, which names the interface its data becomes.
 */
function collectLeaves(value: unknown, into: Leaf[], key = ''): void {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') into.push(value);
  else if (Array.isArray(value)) {
    for (const item of value) {
      if (key === 'context' && Array.isArray(item) && typeof item[0] === 'number') collectLeaves(item.slice(1), into);
      else if (key === 'entries' && typeof item === 'object' && item !== null) {
        const { type: _type, ...rest } = item as Record<string, unknown>;
        collectLeaves(rest, into);
      } else collectLeaves(item, into);
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const [name, item] of Object.entries(value)) collectLeaves(item, into, name);
  }
}

/** Output leaves as text, so `1234` in the input finds `"1234"` in the output. */
function outputTexts(value: unknown): Set<string> {
  const leaves: Leaf[] = [];
  collectLeaves(value, leaves);
  const texts = new Set<string>();
  for (const leaf of leaves) {
    texts.add(String(leaf));
    if (typeof leaf === 'string') texts.add(leaf.toLowerCase());
  }
  return texts;
}

/** Forms a leaf may take after normalization: a timestamp in ISO form, an address in hex, a level by name. */
function acceptedForms(leaf: Leaf): string[] {
  const forms = [String(leaf)];
  if (typeof leaf === 'number') {
    if (leaf > 1e8 && leaf < 1e11) forms.push(new Date(Math.floor(leaf * 1000)).toISOString());
    if (Number.isSafeInteger(leaf) && leaf >= 0) forms.push(`0x${leaf.toString(16)}`);
  }
  if (typeof leaf === 'string') {
    forms.push(leaf.toLowerCase());
    const zoned = /[zZ]|[+-]\d\d:?\d\d$/.test(leaf.slice(10)) ? leaf : `${leaf}Z`;
    const time = Date.parse(zoned.replace(' ', 'T'));
    if (/^\d{4}-\d\d-\d\d/.test(leaf) && !Number.isNaN(time)) forms.push(new Date(time).toISOString());
    if (leaf === 'warn') forms.push('warning');
    if (leaf === 'critical') forms.push('fatal');
  }
  return forms;
}

/** A raw query or cookie string is kept as its parsed `name=value` parts. */
function keptAsPairs(leaf: Leaf, texts: Set<string>): boolean {
  if (typeof leaf !== 'string' || !leaf.includes('=')) return false;
  return leaf
    .split(/[&;]/)
    .flatMap((part) => part.trim().split('='))
    .every((piece) => piece === '' || texts.has(decodeURIComponent(piece.replaceAll('+', ' '))));
}

/** Input leaves that appear in no accepted form in the output. */
function lostLeaves(input: unknown, output: unknown): Leaf[] {
  const texts = outputTexts(output);
  const leaves: Leaf[] = [];
  collectLeaves(input, leaves);
  // Empty strings carry no data and are not looked for.
  return leaves.filter(
    (leaf) => leaf !== '' && !acceptedForms(leaf).some((form) => texts.has(form)) && !keptAsPairs(leaf, texts),
  );
}

const webhookData = (body: unknown, resource: string) => (body as { data: Record<string, unknown> }).data[resource];

describe('no input leaf is silently lost', () => {
  it.each(eventFixtures())('%s', (_name, input) => {
    expect(lostLeaves(input, normalizeEvent(input).value)).toEqual([]);
  });

  it('Web API event with entries and issues list', () => {
    const event = readJson(join(FIXTURES, 'api/event-entries.json'));
    expect(lostLeaves(event, normalizeEvent(event).value)).toEqual([]);
    for (const issue of readJson(join(FIXTURES, 'api/issues-list.json')) as unknown[]) {
      expect(lostLeaves(issue, normalizeIssue(issue).value)).toEqual([]);
    }
  });

  it.each(folderFixtures(join(FIXTURES, 'webhooks')))('webhook %s: the event or issue it carries', (_name, body) => {
    for (const resource of ['error', 'event']) {
      const event = webhookData(body, resource);
      if (event !== undefined) expect(lostLeaves(event, normalizeEvent(body).value)).toEqual([]);
    }
    const issue = webhookData(body, 'issue');
    if (issue !== undefined) expect(lostLeaves(issue, normalizeIssue(body).value)).toEqual([]);
  });
});
