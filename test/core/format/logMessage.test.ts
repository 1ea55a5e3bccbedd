import { describe, expect, it } from 'vitest';
import { formatLogMessage } from '../../../src/core';

describe('formatLogMessage', () => {
  it('prefers the formatted text the SDK sent', () => {
    expect(formatLogMessage({ formatted: 'done', message: 'x %s', params: ['y'] })).toBe('done');
  });

  it('fills positional placeholders in order', () => {
    expect(formatLogMessage({ message: 'Error during cleanup of %s: %r (%d tries, 100%%)', params: ['todo', { a: 1 }, 3] })).toBe(
      'Error during cleanup of todo: {"a":1} (3 tries, 100%)',
    );
  });

  it('fills named placeholders from a dict', () => {
    expect(formatLogMessage({ message: '%(user)s paid %(amount)s', params: { user: 'ada', amount: 12.5 } })).toBe('ada paid 12.5');
  });

  it('leaves placeholders it has no parameter for as written', () => {
    expect(formatLogMessage({ message: '%s and %s and %(x)s', params: ['one'] })).toBe('one and %s and %(x)s');
    expect(formatLogMessage({ message: 'plain %s' })).toBe('plain %s');
  });

  it('keeps markup in parameters as text', () => {
    expect(formatLogMessage({ message: 'got %s', params: ['<script>x</script>'] })).toBe('got <script>x</script>');
  });
});
