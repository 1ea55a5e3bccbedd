import { type ComponentPropsWithoutRef, forwardRef, type KeyboardEvent, useRef } from 'react';
import type { EventChartModel } from '../../core/eventChart';
import { cx } from '../cx';

/** Props of `IssueEventChartBars`. */
export interface IssueEventChartBarsProps extends Omit<ComponentPropsWithoutRef<'svg'>, 'children' | 'onSelect'> {
  model: EventChartModel;
  /** The chart's accessible name, such as "Events per hour, the last 24 hours". */
  label: string;
  /** Each bar's accessible name. */
  bucketName: (index: number) => string;
  /** The hovered or focused bucket, shown highlighted; `undefined` for none. */
  activeIndex: number | undefined;
  /** Called when a bar is hovered or focused (`undefined` when the pointer or focus leaves). */
  onActiveIndexChange: (index: number | undefined) => void;
}

// Bars are drawn in a 10-unit-wide cell per bucket over a 100-unit height, stretched to the box.
const CELL = 10;
const HEIGHT = 100;

/**
 * The bars, hand-drawn in SVG: one focusable bar per bucket (roving tabindex, arrow keys,
 * Home / End), each named by its time and count, and the release markers as lines.
 */
export const IssueEventChartBars = /* @__PURE__ */ forwardRef<SVGSVGElement, IssueEventChartBarsProps>(function IssueEventChartBars(
  { model, label, bucketName, activeIndex, onActiveIndexChange, className, ...rest },
  ref,
) {
  const bars = useRef<(SVGRectElement | null)[]>([]);
  const { buckets, peak, markers } = model;
  const width = Math.max(1, buckets.length) * CELL;
  const tabStop = activeIndex ?? Math.max(0, buckets.length - 1);
  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const current = activeIndex ?? tabStop;
    const moves: Record<string, number> = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: buckets.length - 1, PageUp: current - 6, PageDown: current + 6 };
    if (!(event.key in moves) || buckets.length === 0) return;
    event.preventDefault();
    const next = Math.min(buckets.length - 1, Math.max(0, moves[event.key]!));
    onActiveIndexChange(next);
    bars.current[next]?.focus();
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: an svg cannot be a fieldset; the group names the bars inside it
    <svg
      {...rest}
      ref={ref}
      className={cx('fl-issue-event-chart-bars', className)}
      role="group"
      aria-label={label}
      viewBox={`0 0 ${width} ${HEIGHT}`}
      preserveAspectRatio="none"
      onKeyDown={onKeyDown}
      onPointerLeave={() => onActiveIndexChange(undefined)}
    >
      <line data-slot="baseline" x1={0} x2={width} y1={HEIGHT - 0.5} y2={HEIGHT - 0.5} vectorEffect="non-scaling-stroke" />
      {buckets.map((bucket, i) => {
        // A non-zero bucket keeps a sliver of height so rare events stay visible.
        const height = peak ? Math.max(bucket.count ? 2 : 0, (bucket.count / peak) * (HEIGHT - 4)) : 0;
        return (
          <g key={bucket.start} data-slot="bucket" data-active={activeIndex === i ? '' : undefined}>
            <rect data-slot="bar" x={i * CELL + 1} y={HEIGHT - height} width={CELL - 2} height={height} />
            {/* biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: an SVG shape has no role of its own; a named img is how a focusable data point is announced */}
            <rect
              ref={(element) => {
                bars.current[i] = element;
              }}
              data-slot="hit"
              x={i * CELL}
              y={0}
              width={CELL}
              height={HEIGHT}
              role="img"
              aria-label={bucketName(i)}
              tabIndex={i === tabStop ? 0 : -1}
              onFocus={() => onActiveIndexChange(i)}
              onBlur={() => onActiveIndexChange(undefined)}
              onPointerEnter={() => onActiveIndexChange(i)}
            />
          </g>
        );
      })}
      {markers.map((marker) => (
        <line
          key={`${marker.version}:${marker.time}`}
          data-slot="release"
          x1={marker.position * width}
          x2={marker.position * width}
          y1={0}
          y2={HEIGHT}
          vectorEffect="non-scaling-stroke"
        />
      ))}
    </svg>
  );
});
