import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import type { EventChartModel } from '../../core/eventChart';
import { cx } from '../cx';

/** Props of `IssueEventChartTable`. */
export interface IssueEventChartTableProps extends Omit<ComponentPropsWithoutRef<'table'>, 'children'> {
  model: EventChartModel;
  caption: string;
  /** Each bucket's time as text. */
  formatTime: (time: number) => string;
  headers: { time: string; events: string; releases: string };
}

/** The chart's numbers as a table: one row per bucket, with the releases that fall in it. */
export const IssueEventChartTable = /* @__PURE__ */ forwardRef<HTMLTableElement, IssueEventChartTableProps>(function IssueEventChartTable(
  { model, caption, formatTime, headers, className, ...rest },
  ref,
) {
  return (
    <table {...rest} ref={ref} className={cx('fl-issue-event-chart-table', className)}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{headers.time}</th>
          <th scope="col">{headers.events}</th>
          <th scope="col">{headers.releases}</th>
        </tr>
      </thead>
      <tbody>
        {model.buckets.map((bucket, i) => (
          <tr key={bucket.start}>
            <th scope="row">
              <time dateTime={new Date(bucket.start).toISOString()}>{formatTime(bucket.start)}</time>
            </th>
            <td>{bucket.count.toLocaleString('en-US')}</td>
            <td>
              {model.markers
                .filter((marker) => marker.bucketIndex === i)
                .map((marker) => marker.version)
                .join(', ')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
});
