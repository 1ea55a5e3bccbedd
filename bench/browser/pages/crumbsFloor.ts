// The floor for BreadcrumbTimeline: the raw breadcrumbs, newest first, in a bare-DOM scroller.
import { BENCH_NOW, generateCrumbEvent } from './data';
import { cell, mountFloorList } from './floor';
import { benchSize, markWhenPainted, startHarness } from './harness';

interface RawCrumb {
  timestamp: string;
  category: string;
  level?: string;
  message?: string;
  data?: Record<string, unknown>;
}

const event = generateCrumbEvent(benchSize) as { breadcrumbs: { values: RawCrumb[] } };
startHarness();
const start = performance.now();
const root = document.getElementById('root') as HTMLElement;
const crumbs = event.breadcrumbs.values.slice().reverse();
mountFloorList(root, crumbs, 48, 512, (crumb) => {
  const row = document.createElement('div');
  const seconds = ((BENCH_NOW - Date.parse(crumb.timestamp)) / 1000).toFixed(2);
  const detail = crumb.message ?? `${String(crumb.data?.method ?? '')} ${String(crumb.data?.url ?? crumb.data?.to ?? '')}`;
  row.append(cell('span', `-${seconds}s`), cell('span', crumb.category), cell('span', crumb.level ?? 'info'), cell('span', detail));
  return row;
});
markWhenPainted('mount', start, () => document.querySelector('[data-floor-row]') !== null);
