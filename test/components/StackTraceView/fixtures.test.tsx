import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StackTraceView } from '../../../src';
import { eventFixtures } from '../../core/normalize/loadFixtures';

describe('StackTraceView over every real fixture event', () => {
  it.each(eventFixtures())('%s renders its exceptions, threads or trace, else the empty state', (_name, payload) => {
    const { container } = render(<StackTraceView event={payload} />);
    const root = screen.getByRole('region', { name: 'Stack trace' });
    if (root.dataset.state === 'empty') {
      expect(screen.getByText(/This event has no stack trace/)).toBeInTheDocument();
      return;
    }
    expect(screen.getAllByRole('heading', { level: 3 }).length).toBeGreaterThan(0);
    // Every trace either lists its frames or says none were sent.
    for (const block of container.querySelectorAll('article')) {
      expect(block.querySelector('ol[data-slot="frames"], [data-slot="no-frames"]')).not.toBeNull();
    }
  });
});
