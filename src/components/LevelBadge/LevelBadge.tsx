import { type ComponentPropsWithoutRef, forwardRef, type ReactNode } from 'react';
import { LEVELS, type Level } from '../../core/model/common';
import { cx } from '../cx';

/** Props of `LevelBadge`. */
export interface LevelBadgeProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  /** The level to show. Unknown strings are shown as they are, with `data-level="unknown"`. */
  level: Level | (string & {}) | undefined;
  /** Label to show instead of the level name. @default the level name */
  children?: ReactNode;
}

const isLevel = (value: unknown): value is Level => (LEVELS as readonly unknown[]).includes(value);

/** A small badge in the level's colour: fatal, error, warning, info or debug. */
export const LevelBadge = /* @__PURE__ */ forwardRef<HTMLSpanElement, LevelBadgeProps>(function LevelBadge({ level, children, className, ...rest }: LevelBadgeProps, ref) {
  const known = isLevel(level) ? level : undefined;
  const label = children ?? (level ? level : 'unknown');
  return (
    <span {...rest} ref={ref} className={cx('fl fl-level-badge', className)} data-level={known ?? 'unknown'}>
      <span aria-hidden="true" data-slot="level-dot" />
      {label}
    </span>
  );
});
