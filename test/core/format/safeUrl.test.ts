import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from '../../../src/core/format/safeUrl';

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
