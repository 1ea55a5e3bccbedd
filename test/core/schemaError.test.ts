import { describe, expect, it } from 'vitest';
import { SchemaError } from '../../src/core';

describe('SchemaError', () => {
  it('lists every problem with its path in the message', () => {
    const error = new SchemaError([
      { path: 'level', expected: 'a level', found: 'number 5', action: 'dropped' },
      { path: 'timestamp', expected: 'a timestamp', found: 'string "x"', action: 'dropped' },
    ]);
    expect(error.message).toContain('2 problems');
    expect(error.message).toContain('level: expected a level, found number 5');
    expect(error.problems).toHaveLength(2);
  });
});
