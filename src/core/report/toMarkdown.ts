import type { Event } from '../model/event';
import { escapeMarkdown, fencedBlock, inlineCode } from './markdownText';
import { buildReportModel, type EventReportOptions, type ReportBreadcrumb } from './reportModel';

/** Facts whose values are identifiers or code, shown as inline code rather than prose. */
const CODE_FACTS = new Set(['Culprit', 'Event ID', 'Release', 'Request']);

function breadcrumbItem(breadcrumb: ReportBreadcrumb): string {
  const parts = [
    breadcrumb.time === undefined ? undefined : inlineCode(breadcrumb.time),
    breadcrumb.category === undefined ? undefined : `**${escapeMarkdown(breadcrumb.category)}**`,
    breadcrumb.level === undefined ? undefined : `(${escapeMarkdown(breadcrumb.level)})`,
    breadcrumb.message === '' ? undefined : escapeMarkdown(breadcrumb.message),
  ];
  return `- ${parts.filter((part) => part !== undefined).join(' ')}`;
}

/**
 * The event as Markdown for a GitHub issue, Jira or Slack: title, key facts, the exception
 * chain in a fenced block in the platform's own trace format, the latest breadcrumbs, key
 * contexts and tags. Text from the event is escaped so it shows as written and HTML in it
 * stays inert.
 */
export function toMarkdown(event: Event, options: EventReportOptions = {}): string {
  const report = buildReportModel(event, options);
  const sections: string[] = [`## ${escapeMarkdown(report.title)}`];
  if (report.facts.length > 0) {
    sections.push(
      report.facts
        .map(([label, value]) => `- **${label}:** ${CODE_FACTS.has(label) ? inlineCode(value) : escapeMarkdown(value)}`)
        .join('\n'),
    );
  }
  if (report.stacktrace !== undefined) sections.push(`### Stack trace\n\n${fencedBlock(report.stacktrace)}`);
  if (report.breadcrumbs.length > 0) {
    const shown = report.breadcrumbs.length;
    const heading = shown < report.breadcrumbCount ? `Breadcrumbs (last ${shown} of ${report.breadcrumbCount})` : 'Breadcrumbs';
    sections.push(`### ${heading}\n\n${report.breadcrumbs.map(breadcrumbItem).join('\n')}`);
  }
  if (report.contexts.length > 0) {
    const lines = report.contexts.map(([label, summary]) => `- **${escapeMarkdown(label)}:** ${escapeMarkdown(summary)}`);
    sections.push(`### Contexts\n\n${lines.join('\n')}`);
  }
  if (report.tags.length > 0) {
    const lines = report.tags.map((tag) => `- **${escapeMarkdown(tag.key)}:** ${inlineCode(tag.value)}`);
    sections.push(`### Tags\n\n${lines.join('\n')}`);
  }
  return `${sections.join('\n\n')}\n`;
}
