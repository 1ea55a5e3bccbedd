import { type ComponentPropsWithoutRef, type CSSProperties, forwardRef, useId, useMemo, useState } from 'react';
import { bucketLengthOf, getEventChartModel } from '../../core/eventChart';
import { getDateTimeFormat } from '../../core/format/dates';
import type { Release, StatsSeries } from '../../core/model';
import { useControllableState } from '../../hooks/useControllableState';
import { useDateFormatOptions } from '../../hooks/useHydrated';
import { cx } from '../cx';
import { IssueEventChartBars } from './IssueEventChartBars';
import { IssueEventChartTable } from './IssueEventChartTable';
import { type IssueEventChartMessages, issueEventChartMessages } from './messages';

/** Props of `IssueEventChart`. */
export interface IssueEventChartProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /** Event counts by period, as an issue's `stats` or `getIssueStats` give them: `{ "24h": [[unix s, count], …] }`. */
  stats: Readonly<Record<string, StatsSeries>> | undefined;
  /** Releases to mark where they fall in the period (from `listReleases`, or the issue's first and last). @default none */
  releases?: readonly Release[];
  /** The period shown. @default uncontrolled, "24h" */
  period?: string;
  defaultPeriod?: string;
  onPeriodChange?: (period: string) => void;
  /** The periods to offer. @default ["24h", "14d", "30d"] */
  periods?: readonly string[];
  /** @default false */
  loading?: boolean;
  /** An `Error` (its message is shown as text) or any truthy value. @default none */
  error?: unknown;
  /** Shows the table alternative open at first. @default false */
  defaultShowTable?: boolean;
  /** Locale of the bucket times. @default the viewer's; `en-US` in server HTML and while hydrating */
  locale?: string;
  /** Time zone of the bucket times. @default the viewer's; UTC in server HTML and while hydrating */
  timeZone?: string;
  messages?: Partial<IssueEventChartMessages>;
}

const PERIODS = ['24h', '14d', '30d'] as const;
const HOURLY: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' };
const DAILY: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric', year: 'numeric' };

/**
 * An issue's events per bucket over 24 hours, 14 or 30 days, with release markers, the hovered
 * or focused bucket's time and count, and the same numbers as a table. Hand-drawn SVG; times
 * print in UTC and en-US until hydrated, so server HTML matches the first client render.
 */
export const IssueEventChart = /* @__PURE__ */ forwardRef<HTMLElement, IssueEventChartProps>(function IssueEventChart(
  { stats, releases, period: periodProp, defaultPeriod = '24h', onPeriodChange, periods = PERIODS, loading = false, error, defaultShowTable = false, locale, timeZone, messages: overrides, className, ...rest },
  ref,
) {
  const messages = { ...issueEventChartMessages, ...overrides };
  const id = useId();
  const [period, setPeriod] = useControllableState({ value: periodProp, defaultValue: defaultPeriod, onChange: onPeriodChange });
  const [active, setActive] = useState<number | undefined>(undefined);
  const [showTable, setShowTable] = useState(defaultShowTable);
  const series = stats && typeof stats === 'object' ? stats[period] : undefined;
  const model = useMemo(() => getEventChartModel(series, period, releases), [series, period, releases]);
  const format = useDateFormatOptions({ locale, timeZone });
  const hourly = bucketLengthOf(period) < 86_400_000;
  const formatter = getDateTimeFormat(hourly ? HOURLY : DAILY, format);
  const formatTime = (time: number) => formatter.format(time);
  const periodLong = messages.periodLong[period] ?? period;
  const state = error ? 'error' : model.buckets.length === 0 ? (loading ? 'loading' : 'empty') : 'ready';
  const current = active !== undefined ? model.buckets[active] : undefined;
  const releasesIn = (index: number) => model.markers.filter((marker) => marker.bucketIndex === index).map((marker) => marker.version);
  const errorText = error instanceof Error ? error.message : typeof error === 'string' ? error : undefined;

  return (
    <section {...rest} ref={ref} className={cx('fl fl-issue-event-chart', className)} aria-labelledby={`${id}-title`} aria-busy={loading || undefined} data-state={state}>
      <div data-slot="header">
        <h3 id={`${id}-title`} data-slot="title">
          {messages.chartName(hourly, periodLong)}
        </h3>
        <fieldset data-slot="periods">
          <legend className="fl-visually-hidden">{messages.periodGroup}</legend>
          {periods.map((option) => (
            <button key={option} type="button" className="fl-button" aria-pressed={option === period} onClick={() => setPeriod(option)}>
              {messages.periodShort[option] ?? option}
            </button>
          ))}
        </fieldset>
      </div>
      {state === 'error' ? (
        <p role="alert" data-slot="error">
          {messages.error} {errorText}
        </p>
      ) : state === 'loading' ? (
        <p role="status" data-slot="loading">
          {messages.loading}
        </p>
      ) : state === 'empty' ? (
        <p data-slot="empty">{messages.empty}</p>
      ) : (
        <>
          {/* Sighted readers see the hovered or focused bar here; screen readers hear the bar's own name. */}
          <p data-slot="readout" aria-hidden="true">
            {current ? messages.bucket(formatTime(current.start), current.count) : messages.total(model.total, periodLong)}
            <span data-slot="peak"> · {messages.peak(model.peak)}</span>
          </p>
          <div data-slot="plot">
            <IssueEventChartBars
              model={model}
              label={messages.chartName(hourly, periodLong)}
              bucketName={(i) => messages.bucketName(formatTime(model.buckets[i]!.start), model.buckets[i]!.count, releasesIn(i))}
              activeIndex={active}
              onActiveIndexChange={setActive}
            />
            {model.markers.length ? (
              <ul aria-label={messages.releases} data-slot="markers">
                {model.markers.map((marker) => (
                  <li key={`${marker.version}:${marker.time}`} style={{ '--fl-chart-marker-position': marker.position } as CSSProperties} title={marker.version}>
                    {marker.label}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
          <p data-slot="axis" aria-hidden="true">
            <span>{formatTime(model.buckets[0]!.start)}</span>
            <span>{formatTime(model.buckets.at(-1)!.start)}</span>
          </p>
          <button type="button" className="fl-button" data-slot="table-toggle" aria-expanded={showTable} aria-controls={`${id}-table`} onClick={() => setShowTable(!showTable)}>
            {showTable ? messages.hideTable : messages.showTable}
          </button>
          <div id={`${id}-table`} hidden={!showTable} data-slot="table">
            {showTable ? (
              <IssueEventChartTable
                model={model}
                caption={messages.tableCaption(periodLong)}
                formatTime={formatTime}
                headers={{ time: messages.timeColumn, events: messages.eventsColumn, releases: messages.releasesColumn }}
              />
            ) : null}
          </div>
        </>
      )}
    </section>
  );
});
