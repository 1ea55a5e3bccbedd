import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { globFinder, globMatcher } from '../../../src/core/search/glob';

const escapeForRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const toRegExp = (pattern: string, anchored: boolean) =>
  new RegExp(anchored ? `^${pattern.split('*').map(escapeForRegExp).join('.*')}$` : pattern.split('*').map(escapeForRegExp).join('[^\\u0000]*'), 's');
const alphabet = fc.constantFrom('a', 'b', '*', '\u0000');

describe('glob matching', () => {
  it('agrees with the equivalent regular expression', () => {
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 6 }), fc.array(alphabet, { maxLength: 12 }), (patternChars, textChars) => {
        const pattern = patternChars.join('').replaceAll('\u0000', '');
        const text = textChars.join('').replaceAll('*', 'a');
        expect(globMatcher(pattern)(text)).toBe(toRegExp(pattern, true).test(text));
        expect(globFinder(pattern, '\u0000')(text)).toBe(toRegExp(pattern, false).test(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('stays fast on patterns that make a backtracking regex explode', () => {
    const text = `${'a'.repeat(5000)}\u0000${'a'.repeat(5000)}`;
    const start = performance.now();
    expect(globFinder('a*a*a*a*a*a*a*b', '\u0000')(text)).toBe(false);
    expect(globMatcher('a*a*a*a*a*a*a*b')(text)).toBe(false);
    expect(performance.now() - start).toBeLessThan(200);
  });
});
