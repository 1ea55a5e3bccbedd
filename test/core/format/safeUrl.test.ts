import { describe, expect, it } from 'vitest';
import { safeHttpUrl, safeLinkHref } from '../../../src/core/format/safeUrl';

describe('safeHttpUrl', () => {
  it('keeps absolute http and https URLs', () => {
    expect(safeHttpUrl('https://github.com/acme/app/blob/main/app.py#L12')).toBe('https://github.com/acme/app/blob/main/app.py#L12');
    expect(safeHttpUrl('  http://code.local/x ')).toBe('http://code.local/x');
  });

  it('refuses script, data, relative and non-string URLs', () => {
    for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', '/relative/path', 'app.py', '', null, 42, { href: 'https://x' }]) {
      expect(safeHttpUrl(url)).toBeUndefined();
    }
  });
});

describe('safeLinkHref', () => {
  it('keeps absolute web URLs and relative links as given, for the host router', () => {
    for (const href of ['https://portal.local/issues/1', '/issues/1', '#/issues/1?tab=events', '?issue=1', 'issues/1']) expect(safeLinkHref(href)).toBe(href);
    expect(safeLinkHref('  /issues/2 ')).toBe('/issues/2');
  });

  it('refuses script and data links, tricks with control characters or backslashes, and non-strings', () => {
    for (const href of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'vbscript:x', '/\\evil.example', 'mailto:a@b.c', '', '   ', null, 1]) {
      expect(safeLinkHref(href)).toBeUndefined();
    }
  });
});
