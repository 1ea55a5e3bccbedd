import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ProblemsNotice } from '../../../src';
import { normalizeEvent } from '../../../src/core';

describe('ProblemsNotice on a capped problem list', () => {
  it('counts the problems a normalizer did not list and says so in the list', async () => {
    const tags = Object.fromEntries(Array.from({ length: 100_000 }, (_, index) => [`t${index}`, { nested: index }]));
    const { problems } = normalizeEvent({ event_id: 'a'.repeat(32), logentry: { formatted: 'hostile' }, tags });
    expect(problems).toHaveLength(101);
    render(<ProblemsNotice problems={problems} subject="event" />);
    const summary = screen.getByText(/100,000 parts of this event did not match the schema/);
    expect(summary).toHaveTextContent('(100 left out, 0 repaired, 99,900 not listed)');
    await userEvent.setup().click(summary);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(101);
    expect(items[100]).toHaveTextContent('… and 99,900 more problems, counted but not listed');
  });
});
