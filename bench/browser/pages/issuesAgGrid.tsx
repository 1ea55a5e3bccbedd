// Contender: AG Grid Community on the same raw issues: client-side row model, multi-row
// checkbox selection, the IssueList's columns, and its quick filter for the search box.
import { AllCommunityModule, type ColDef, type GridApi, ModuleRegistry } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { BENCH_NOW, generateApiIssues, KEYSTROKE_QUERY } from './data';
import { allRowsContain, benchSize, markWhenPainted, startHarness } from './harness';

ModuleRegistry.registerModules([AllCommunityModule]);

type RawIssue = Record<string, unknown> & { project: { slug: string }; assignedTo: { name: string } | null; stats: { '24h': [number, number][] } };

const ROWS = '.ag-grid-scrolling-container .ag-row';
const issues = generateApiIssues(benchSize) as RawIssue[];
startHarness(() => allRowsContain(document, ROWS, KEYSTROKE_QUERY));

const columns: ColDef<RawIssue>[] = [
  { field: 'level', headerName: 'Level', width: 100 },
  { field: 'title', headerName: 'Issue', flex: 3 },
  { field: 'culprit', headerName: 'Culprit', flex: 2 },
  { headerName: 'Project', valueGetter: (p) => p.data?.project.slug, width: 100 },
  { field: 'shortId', headerName: 'Short ID', width: 110 },
  // The graph column: the last bucket's count stands in for the sparkline.
  { headerName: 'Graph', valueGetter: (p) => p.data?.stats['24h'].at(-1)?.[1], width: 90, sortable: false },
  { headerName: 'Events', valueGetter: (p) => Number(p.data?.count), width: 90, type: 'numericColumn' },
  { field: 'userCount', headerName: 'Users', width: 90, type: 'numericColumn' },
  { field: 'firstSeen', headerName: 'First seen', width: 140 },
  { headerName: 'Last seen', valueGetter: (p) => `${Math.round((BENCH_NOW - Date.parse(String(p.data?.lastSeen))) / 60_000)} min ago`, width: 140 },
  { headerName: 'Assignee', valueGetter: (p) => p.data?.assignedTo?.name ?? '—', flex: 1 },
];

function Grid() {
  const api = useRef<GridApi<RawIssue> | null>(null);
  return (
    <div>
      <input type="search" aria-label="Search issues" onInput={(event) => api.current?.setGridOption('quickFilterText', event.currentTarget.value)} />
      <div style={{ height: 700 }}>
        <AgGridReact<RawIssue> rowData={issues} columnDefs={columns} rowSelection={{ mode: 'multiRow' }} animateRows={false} getRowId={(p) => String(p.data.id)} onGridReady={(event) => (api.current = event.api)} />
      </div>
    </div>
  );
}

const start = performance.now();
createRoot(document.getElementById('root') as HTMLElement).render(<Grid />);
markWhenPainted('mount', start, () => document.querySelector(ROWS) !== null);
