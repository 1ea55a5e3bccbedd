import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import type { StatsSeries } from '../../core/model/issue';
import { cx } from '../cx';

/** Props of `Sparkline`. */
export interface SparklineProps extends Omit<ComponentPropsWithoutRef<'svg'>, 'children'> {
  /** Buckets of `[unix seconds, count]`, oldest first. */
  series: StatsSeries | undefined;
  /** What the series covers, for the accessible label, such as "24 hours". @default "the period" */
  period?: string;
  /** Width in px. @default 96 */
  width?: number;
  /** Height in px. @default 24 */
  height?: number;
}

const countOf = (bucket: readonly [number, number]) => (Number.isFinite(bucket[1]) && bucket[1] > 0 ? bucket[1] : 0);

/** A bar chart of event counts over time, small enough for a table cell. */
export const Sparkline = /* @__PURE__ */ forwardRef<SVGSVGElement, SparklineProps>(function Sparkline({ series, period = 'the period', width = 96, height = 24, className, ...rest }: SparklineProps, ref) {
  const buckets = series ?? [];
  const counts = buckets.map(countOf);
  const total = counts.reduce((sum, n) => sum + n, 0);
  const peak = Math.max(0, ...counts);
  const label =
    buckets.length === 0 ? `No event counts for ${period}` : `${total.toLocaleString('en-US')} events in ${period}, at most ${peak.toLocaleString('en-US')} per bucket`;
  const barWidth = buckets.length ? width / buckets.length : width;
  return (
    <svg
      {...rest}
      ref={ref}
      className={cx('fl fl-sparkline', className)}
      role="img"
      aria-label={label}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      data-state={buckets.length ? 'filled' : 'empty'}
    >
      <title>{label}</title>
      {counts.map((count, i) => {
        // A non-zero bucket always shows at least one pixel so rare events stay visible.
        const barHeight = peak ? Math.max(count ? 1 : 0, (count / peak) * height) : 0;
        return (
          <rect
            // biome-ignore lint/suspicious/noArrayIndexKey: buckets are positional and never reorder
            key={i}
            data-slot="bar"
            x={i * barWidth + barWidth * 0.1}
            y={height - barHeight}
            width={Math.max(1, barWidth * 0.8)}
            height={barHeight}
          />
        );
      })}
      <line data-slot="baseline" x1={0} x2={width} y1={height - 0.5} y2={height - 0.5} />
    </svg>
  );
});
