import { describe, expect, it } from 'vitest';
import { normalizeEvent } from '../../../src/core';
import { eventFixtures } from './loadFixtures';

type Leaf = string | number | boolean;

function collectLeaves(value: unknown, into: Leaf[]): void {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') into.push(value);
  else if (Array.isArray(value)) for (const item of value) collectLeaves(item, into);
  else if (typeof value === 'object' && value !== null) for (const item of Object.values(value)) collectLeaves(item, into);
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

describe('no input leaf is silently lost', () => {
  it.each(eventFixtures())('%s', (_name, input) => {
    const texts = outputTexts(normalizeEvent(input).value);
    const leaves: Leaf[] = [];
    collectLeaves(input, leaves);
    // Empty strings carry no data and are not looked for.
    const missing = leaves.filter((leaf) => leaf !== '' && !acceptedForms(leaf).some((form) => texts.has(form)) && !keptAsPairs(leaf, texts));
    expect(missing).toEqual([]);
  });
});
