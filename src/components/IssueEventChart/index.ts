export { IssueEventChart, type IssueEventChartProps } from './IssueEventChart';
export { IssueEventChartBars, type IssueEventChartBarsProps } from './IssueEventChartBars';
export { IssueEventChartTable, type IssueEventChartTableProps } from './IssueEventChartTable';
export { type IssueEventChartMessages, issueEventChartMessages } from './messages';
