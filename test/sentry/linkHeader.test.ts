// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cursorsFromLinkHeader, parseLinkHeader, parseRetryAfter } from '../../src/sentry';
import { buildUrl } from '../../src/sentry/transport';

// The header of Sentry's pagination documentation, first page of an issue's events.
const DOCUMENTED =
  '<https://sentry.io/api/0/organizations/acme/issues/123456/events/?&cursor=0:0:1>; rel="previous"; results="false"; cursor="0:0:1", ' +
  '<https://sentry.io/api/0/organizations/acme/issues/123456/events/?&cursor=0:100:0>; rel="next"; results="true"; cursor="0:100:0"';

describe('parseLinkHeader', () => {
  it("reads Sentry's documented header: both links, their results and cursors", () => {
    const links = parseLinkHeader(DOCUMENTED);
    expect(links.map(({ rel, results, cursor }) => ({ rel, results, cursor }))).toEqual([
      { rel: 'previous', results: false, cursor: '0:0:1' },
      { rel: 'next', results: true, cursor: '0:100:0' },
    ]);
    expect(cursorsFromLinkHeader(DOCUMENTED)).toEqual({ nextCursor: '0:100:0', previousCursor: undefined });
  });

  it('takes commas and semicolons inside URLs and quotes, odd spacing and case, and rel lists', () => {
    const header = ' <https://x.test/a?q=a,b;c&cursor=u1>;REL="Prev" ; Results=TRUE ,<https://x.test/b>; rel="next last"; results="true"; cursor="1:2:0"; title="a, b"';
    expect(cursorsFromLinkHeader(header)).toEqual({ nextCursor: '1:2:0', previousCursor: 'u1' });
  });

  it('falls back to the URL cursor, and trusts a link whose results is not given', () => {
    expect(cursorsFromLinkHeader('<http://127.0.0.1/api/0/x/?cursor=abc%3A1>; rel="next"')).toEqual({ nextCursor: 'abc:1', previousCursor: undefined });
    expect(cursorsFromLinkHeader('<http://127.0.0.1/api/0/x/>; rel="next"')).toEqual({ nextCursor: undefined, previousCursor: undefined });
  });

  it('gives nothing for missing, empty, garbage and oversized headers', () => {
    for (const header of [undefined, null, '', 'garbage', '<unterminated; rel="next"', ';;,,', `<${'a'.repeat(20_000)}>; rel="next"; cursor="x"`]) {
      expect(cursorsFromLinkHeader(header)).toEqual({ nextCursor: undefined, previousCursor: undefined });
    }
  });

  it('never throws and finds any cursor it was given (property)', () => {
    fc.assert(
      fc.property(fc.string(), (header) => {
        parseLinkHeader(header);
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9a-z:]{1,20}$/), fc.boolean(), (cursor, more) => {
        const header = `<http://h.test/?cursor=${cursor}>; rel="next"; results="${more}"; cursor="${cursor}"`;
        expect(cursorsFromLinkHeader(header).nextCursor).toBe(more ? cursor : undefined);
      }),
    );
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  it('reads delay-seconds, fractions and HTTP dates', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0.5 ', now)).toBe(500);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:00:00 GMT', now)).toBe(0);
  });

  it('gives undefined for what is neither', () => {
    for (const value of [undefined, null, '', '-5', 'soon', '1e9', '2026-01-01', 'x'.repeat(100)]) expect(parseRetryAfter(value, now)).toBeUndefined();
  });
});

describe('buildUrl', () => {
  it('joins base URLs with or without /api/0 and repeats list parameters', () => {
    expect(buildUrl('https://sentry.io/api/0/', '/api/0/x/', { id: [1, 2], q: undefined, e: null, s: 'a b' })).toBe('https://sentry.io/api/0/x/?id=1&id=2&s=a+b');
    expect(buildUrl('/sentry', '/api/0/x/')).toBe('/sentry/api/0/x/');
  });
});
