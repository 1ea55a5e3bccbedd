import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LevelBadge } from '../../src';
import { LEVELS } from '../../src/core';

describe('LevelBadge', () => {
  it.each(LEVELS)('shows the %s level with its data attribute', (level) => {
    render(<LevelBadge level={level} />);
    expect(screen.getByText(level)).toHaveAttribute('data-level', level);
  });

  it('shows an unknown level as it is, marked unknown', () => {
    render(<LevelBadge level="critical-ish" />);
    expect(screen.getByText('critical-ish')).toHaveAttribute('data-level', 'unknown');
  });

  it('says "unknown" when the level is missing', () => {
    render(<LevelBadge level={undefined} />);
    expect(screen.getByText('unknown')).toHaveAttribute('data-level', 'unknown');
  });

  it('forwards className, native props and ref to its root', () => {
    let root: HTMLSpanElement | null = null;
    render(
      <LevelBadge level="error" className="mine" title="Level" ref={(node) => { root = node; }}>
        Error!
      </LevelBadge>,
    );
    const badge = screen.getByTitle('Level');
    expect(badge).toHaveClass('fl', 'fl-level-badge', 'mine');
    expect(badge).toHaveTextContent('Error!');
    expect(root).toBe(badge);
  });
});
