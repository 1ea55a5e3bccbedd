import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clipWhole, sliceWhole, wellFormed } from '../../../src/core/report/wholeText';

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const emojiText = fc.string({ unit: fc.constantFrom('😀', '👍🏽', 'é', 'a', ' '), maxLength: 80 });

describe('sliceWhole and clipWhole', () => {
  it('step back one unit rather than end inside a surrogate pair', () => {
    expect(sliceWhole('ab😀c', 3)).toBe('ab');
    expect(sliceWhole('ab😀c', 4)).toBe('ab😀');
    expect(clipWhole('ab😀c', 4)).toBe('ab…');
    expect(clipWhole('ab😀', 4)).toBe('ab😀');
  });

  it('keep well-formed text well formed, as a prefix, within the budget', () => {
    fc.assert(
      fc.property(emojiText, fc.integer({ min: 1, max: 100 }), (text, max) => {
        const clipped = clipWhole(text, max);
        expect(clipped).not.toMatch(loneSurrogate);
        expect(clipped.length).toBeLessThanOrEqual(max);
        expect(text.startsWith(clipped.replace(/…$/, ''))).toBe(true);
      }),
    );
  });
});

describe('wellFormed', () => {
  it('replaces lone halves and keeps pairs', () => {
    expect(wellFormed('a\uD83D')).toBe('a\uFFFD');
    expect(wellFormed('\uDE00b😀')).toBe('\uFFFDb😀');
  });
});
